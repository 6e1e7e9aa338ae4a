"""benchmarks/page_waterfall.py names the phases of a page load from the browser's resource timings."""
from benchmarks import page_waterfall as waterfall

URL = "http://127.0.0.1:8501"
# (start ms, end ms, url, bytes sent) as the page and its chart frame report them, sorted by start.
ROWS = [
    (30.0, 250.0, f"{URL}/static/js/index.js", 480_000),
    (40.0, 420.0, f"{URL}/static/js/react-dom.js", 133_000),
    (470.0, 480.0, f"{URL}/network/_stcore/health", 309),
    (600.0, 606.0, f"{URL}/_stcore/health", 302),
    (760.0, 800.0, f"{URL}/static/js/Multiselect.js", 19_000),
    (770.0, 850.0, f"{URL}/static/js/ComponentInstance.js", 6_600),
    (1040.0, 1040.0, f"(frame) {URL}/component/dashboard.chart.raqib_chart/index.html", 0),
    (1080.0, 1140.0, f"{URL}/component/dashboard.chart.raqib_chart/plotly-scatter.min.js", 385_000),
]
STATES = [[500.0, "initial"], [680.0, "running"], [890.0, "notRunning"]]


def test_a_page_load_is_cut_into_its_phases():
    phases = dict(waterfall.milestones(ROWS, STATES, drawn=1350.0, rendered=1360.0))
    assert phases["code"] == "420"  # the frontend's last own file before the first health check
    assert phases["probe"] == "470 404 → retry 600"  # a URL other than / pays the retry
    assert phases["connected"] == "606"
    assert phases["script"] == "680 → 890"
    assert phases["widget code"] == "760 → 850 (2 files)"  # only files requested once the script runs
    assert phases["frame"] == "1040"
    assert phases["plotly.js"] == "1080 → 1140 (375 KiB sent)"
    assert (phases["drawn"], phases["rendered"]) == ("1350", "1360")


def test_the_root_page_has_no_probe_and_no_frame_without_a_chart():
    rows = [r for r in ROWS if "/network/" not in r[2] and "component" not in r[2]]
    phases = dict(waterfall.milestones(rows, STATES, drawn=0.0, rendered=900.0))
    assert "probe" not in phases and "frame" not in phases and "plotly.js" not in phases
    assert phases["connected"] == "606"
