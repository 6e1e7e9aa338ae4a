"""benchmarks/compare.py starts what each checkout's users start."""
from benchmarks import compare


def test_a_checkout_runs_its_server_or_else_its_app(tmp_path):
    dashboard = tmp_path / "dashboard"
    dashboard.mkdir()
    (dashboard / "app.py").write_text("", encoding="utf-8")
    assert compare.entry(tmp_path) == dashboard / "app.py"  # a commit from before dashboard/server.py
    (dashboard / "server.py").write_text("", encoding="utf-8")
    assert compare.entry(tmp_path) == dashboard / "server.py"
    assert compare.entry(compare.REPO).name == "server.py"  # this checkout: what the README starts
