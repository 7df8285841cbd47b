import pytest

from homepage_gen.model import page_url, url_to_output_path


@pytest.mark.parametrize(
    ("path", "data", "style", "expected"),
    [
        ("_pages/about.md", {"permalink": "/"}, "date", "/"),
        ("_pages/about.md", {}, "date", "/_pages/about.html"),
        ("_pages/about.md", {}, "/:categories/:title/", "/_pages/about/"),
        ("about.md", {}, "pretty", "/about/"),
        ("docs/index.md", {}, "date", "/docs/"),
        ("index.html", {}, "date", "/"),
        ("assets/css/main.scss", {}, "pretty", "/assets/css/main.css"),
        ("cv.md", {"permalink": "/cv"}, "date", "/cv"),
        ("talks/x.md", {"permalink": "/:path/:basename:output_ext"}, "date", "/talks/x.html"),
    ],
)
def test_page_urls_follow_jekyll(path: str, data: dict, style: str, expected: str) -> None:
    ext = ".css" if path.endswith(".scss") else ".html"
    assert page_url(path, data, ext, style) == expected


@pytest.mark.parametrize(
    ("url", "ext", "expected"),
    [("/", ".html", "index.html"), ("/about/", ".html", "about/index.html"),
     ("/about.html", ".html", "about.html"), ("/cv", ".html", "cv.html"),
     ("/assets/css/main.css", ".css", "assets/css/main.css"), ("/caf%C3%A9/", ".html", "café/index.html")],
)
def test_output_paths(url: str, ext: str, expected: str) -> None:
    assert url_to_output_path(url, ext) == expected
