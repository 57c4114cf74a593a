"""`edunews schedule`: crontab line, systemd service + timer, --install into XDG_CONFIG_HOME."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from search_cli.app import cli
from search_cli.schedule import edunews_command


def test_daily_prints_crontab_and_units_with_absolute_paths(tmp_path):
    home = tmp_path / "home dir"
    result = CliRunner().invoke(cli, ["--home", str(home), "schedule", "--every", "daily", "--at", "02:30"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    exe = edunews_command()[0]
    assert Path(exe).is_absolute()
    cron = [l for l in out.splitlines() if l and not l.startswith("#") and l.startswith("30 2 ")][0]
    assert cron.startswith("30 2 * * * ") and exe in cron and "update" in cron
    assert f"'{home}'" in cron  # the space in the home is quoted for the shell
    assert "OnCalendar=*-*-* 02:30:00" in out
    assert "Type=oneshot" in out and f'"{home}"' in out
    assert "SuccessExitStatus=75" in out


def test_weekly_runs_on_monday(tmp_path):
    result = CliRunner().invoke(cli, ["--home", str(tmp_path), "schedule", "--every", "weekly"])
    assert result.exit_code == 0
    assert "\n0 3 * * 1 " in result.stdout
    assert "OnCalendar=Mon *-*-* 03:00:00" in result.stdout


def test_install_writes_units_under_xdg_config_home(tmp_path):
    cfg = tmp_path / "cfg"
    result = CliRunner().invoke(cli, ["--home", str(tmp_path / "h"), "schedule", "--every", "daily",
                                      "--install"], env={"XDG_CONFIG_HOME": str(cfg)})
    assert result.exit_code == 0, result.output
    unit_dir = cfg / "systemd" / "user"
    service = (unit_dir / "edunews-update.service").read_text()
    timer = (unit_dir / "edunews-update.timer").read_text()
    assert "ExecStart=" in service and service.rstrip().count("\n") > 3
    assert str(tmp_path / "h") in service
    assert "WantedBy=timers.target" in timer
    assert "systemctl --user enable --now edunews-update.timer" in result.stdout


def test_bad_time_is_exit_2(tmp_path):
    for at in ("25:00", "3pm", "03:7"):
        result = CliRunner().invoke(cli, ["--home", str(tmp_path), "schedule", "--every", "daily", "--at", at])
        assert result.exit_code == 2, at
        assert result.stderr.startswith("Error: --at")
