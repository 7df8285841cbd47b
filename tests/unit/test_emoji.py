"""jemoji's filter, from its documented behaviour and black-box runs of html-pipeline's EmojiFilter.

jemoji itself cannot be installed here (no Debian package), so there is no Jekyll golden:
the expected strings are what html-pipeline 2.14's EmojiFilter printed with jemoji's
options (asset root, no `align`), or what jemoji's README and issue threads describe.
"""

from __future__ import annotations

import pytest

from homepage_gen.render.emoji import (
    Emojifier,
    asset_root,
    emoji_table,
    emojifier_for,
    image_filename,
    ruby_file_join,
)

ROOT = "https://github.githubassets.com/images/icons/emoji/"


def img(name: str, file: str, root: str = ROOT) -> str:
    return f'<img class="emoji" title=":{name}:" alt=":{name}:" src="{root}{file}" height="20" width="20">'


TADA = img("tada", "unicode/1f389.png")


@pytest.fixture
def emojifier(monkeypatch: pytest.MonkeyPatch) -> Emojifier:
    monkeypatch.delenv("ASSET_HOST_URL", raising=False)
    return Emojifier({"plugins": ["jemoji"]})


def test_the_documented_image_tag(emojifier: Emojifier) -> None:
    assert emojifier.emojify("<p>Hi :tada: there</p>") == f"<p>Hi {TADA} there</p>"


def test_names_match_anywhere_even_inside_words_and_back_to_back(emojifier: Emojifier) -> None:
    thumbs = img("+1", "unicode/1f44d.png") + img("thumbsup", "unicode/1f44d.png")
    assert emojifier.emojify("<p>a:tada:b :+1::thumbsup:</p>") == f"<p>a{TADA}b {thumbs}</p>"


def test_unknown_and_upper_case_names_stay_text(emojifier: Emojifier) -> None:
    text = "<p>:nope: :TADA: :tada 10:30:45</p>"
    assert emojifier.emojify(text) == text


def test_a_failed_name_does_not_swallow_the_colon_of_the_next(emojifier: Emojifier) -> None:
    assert emojifier.emojify("<p>:nope:tada:</p>") == f"<p>:nope{TADA}</p>"


def test_code_pre_and_tt_are_left_alone_at_any_depth(emojifier: Emojifier) -> None:
    text = "<pre>:tada:</pre><code>:tada:</code><tt>:tada:</tt><p><code><b>:tada:</b></code> :tada:</p>"
    expected = f"<pre>:tada:</pre><code>:tada:</code><tt>:tada:</tt><p><code><b>:tada:</b></code> {TADA}</p>"
    assert emojifier.emojify(text) == expected


def test_highlighted_blocks_stay_text(emojifier: Emojifier) -> None:
    text = '<div class="highlight"><pre class="highlight"><code><span class="s">":tada:"</span></code></pre></div>'
    assert emojifier.emojify(text) == text


def test_attributes_and_comments_are_not_text(emojifier: Emojifier) -> None:
    text = '<a title=":tada:" href="/x:tada:">:tada:</a><!-- :tada: -->'
    assert emojifier.emojify(text) == f'<a title=":tada:" href="/x:tada:">{TADA}</a><!-- :tada: -->'


def test_scripts_styles_and_textareas_are_left_alone(emojifier: Emojifier) -> None:
    # html-pipeline rewrites these too, producing broken scripts; kept as written on purpose.
    text = "<script>if (a<b) ':tada:'</script><style>/* :tada: */</style><textarea>:tada:</textarea>"
    assert emojifier.emojify(text) == text


def test_entities_around_a_name(emojifier: Emojifier) -> None:
    assert emojifier.emojify("<p>&lt;:tada:&gt;</p>") == f"<p>&lt;{TADA}&gt;</p>"


def test_only_the_body_of_a_full_document(emojifier: Emojifier) -> None:
    page = (
        '<!DOCTYPE html><html><head><title>:tada:</title><meta content=":tada:"></head>'
        '<body class="home"><h1>:tada:</h1></body></html>'
    )
    expected = (
        '<!DOCTYPE html><html><head><title>:tada:</title><meta content=":tada:"></head>'
        f'<body class="home"><h1>{TADA}</h1></body></html>'
    )
    assert emojifier.emojify(page) == expected


def test_a_fragment_without_body_is_processed_whole(emojifier: Emojifier) -> None:
    assert emojifier.emojify(":tada: plain") == f"{TADA} plain"


def test_output_without_candidates_is_returned_unchanged(emojifier: Emojifier) -> None:
    text = "<p>a <b>lone</b> : colon and 12:30 and :nope:</p>"
    assert emojifier.emojify(text) is text


@pytest.mark.parametrize(("name", "file"), [
    ("tada", "unicode/1f389.png"),
    ("heart", "unicode/2764.png"),  # U+FE0F dropped
    ("hash", "unicode/0023-20e3.png"),  # padded to four digits, keycap kept
    ("copyright", "unicode/00a9.png"),
    ("woman_technologist", "unicode/1f469-1f4bb.png"),  # U+200D dropped
    ("eye_speech_bubble", "unicode/1f441-1f5e8.png"),
    ("octocat", "octocat.png"),  # GitHub's own emoji live at the root
    ("shipit", "shipit.png"),
])
def test_image_file_names(name: str, file: str) -> None:
    assert emoji_table()[name] == file


def test_image_filename_from_code_points() -> None:
    assert image_filename("31-fe0f-20e3") == "unicode/0031-20e3.png"
    assert image_filename("1f3f3-fe0f-200d-1f308") == "unicode/1f3f3-1f308.png"


def test_the_table_holds_gemoji_names_only() -> None:
    table = emoji_table()
    assert {"+1", "-1", "thumbsup", "smile", "rocket", "tada", "100"} <= set(table)
    # CLDR names that the PyPI `emoji` package knows but gemoji does not
    assert not {"thumbs_up", "party_popper", "red_heart"} & set(table)


def test_emoji_src_is_the_asset_root_joined_like_file_join(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSET_HOST_URL", raising=False)
    local = Emojifier({"emoji": {"src": "/assets/images/emoji"}})
    assert local.emojify(":tada:") == img("tada", "unicode/1f389.png", "/assets/images/emoji/emoji/")
    assert Emojifier({"emoji": {"src": "/assets/"}}).emojify(":tada:") == img(
        "tada", "unicode/1f389.png", "/assets/emoji/")
    assert Emojifier({"emoji": {"src": "https://x.test/a?b&c"}}).emojify(":tada:") == img(
        "tada", "unicode/1f389.png", "https://x.test/a?b&amp;c/emoji/")


def test_asset_host_url_on_github_enterprise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSET_HOST_URL", "https://assets.ghe.example")
    assert asset_root({}) == "https://assets.ghe.example/images/icons/"
    assert asset_root({"emoji": {"src": "/e"}}) == "/e"


def test_ruby_file_join() -> None:
    assert ruby_file_join("a", "emoji/x.png") == "a/emoji/x.png"
    assert ruby_file_join("a/", "emoji/x.png") == "a/emoji/x.png"
    assert ruby_file_join("", "emoji/x.png") == "/emoji/x.png"
    assert ruby_file_join("a/", "/x") == "a/x"


def test_only_when_the_plugin_is_listed() -> None:
    assert emojifier_for({"plugins": ["jekyll-feed"]}) is None
    assert emojifier_for({"plugins": ["jemoji"]}) is not None


def test_large_page_without_emoji_is_fast(emojifier: Emojifier) -> None:
    import time

    page = "<p>" + "word " * 200_000 + "</p>"
    started = time.perf_counter()
    assert emojifier.emojify(page) is page
    assert time.perf_counter() - started < 0.5
