"""search_cli"""
