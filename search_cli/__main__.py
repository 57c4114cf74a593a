from search_cli.app import main

main()
