from __future__ import annotations

import datetime as dt
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.errors import IngestError
from eventwire.ingest import read_inputs
from eventwire.ingest.feed import fetch, page_fetcher, parse_feed, read_feed_url
from eventwire.records import Article

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Sahel Wire</title>
  <link>https://sahelwire.example/</link>
  <item>
    <title>Gunmen attack village near Mopti</title>
    <link>https://sahelwire.example/mopti-attack</link>
    <guid isPermaLink="false">sahel-1001</guid>
    <pubDate>Mon, 04 Mar 2024 23:30:00 -0500</pubDate>
    <description>&lt;p&gt;Gunmen killed 9 villagers near &lt;b&gt;Mopti&lt;/b&gt; on Sunday.&lt;/p&gt;&lt;script&gt;alert('FEED-SCRIPT')&lt;/script&gt;</description>
    <content:encoded><![CDATA[<p>Gunmen killed nine villagers in an attack near Mopti on Sunday, local officials said.</p>
      <p>The army sent reinforcements. <img src=x onerror="alert('FEED-ONERROR')"></p>]]></content:encoded>
  </item>
  <item>
    <title>Protest in Bamako</title>
    <link>https://sahelwire.example/bamako-protest</link>
    <pubDate>Tue, 05 Mar 2024 08:00:00 +0000</pubDate>
    <description>Hundreds of traders protested against new taxes in Bamako on Tuesday.</description>
  </item>
  <item>
    <title>Empty item</title>
    <guid>sahel-1003</guid>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Horn Monitor</title>
  <id>urn:horn-monitor</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Clashes in Las Anod</title>
    <id>urn:horn:1</id>
    <link href="https://horn.example/las-anod"/>
    <updated>2024-03-06T07:15:00+03:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;Heavy clashes between clan militias and security forces were reported in Las Anod on Wednesday.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def articles_of(items) -> list[Article]:
    return [item.article for item in items if isinstance(item.article, Article)]


def test_rss_items_become_articles_with_feed_metadata():
    items = parse_feed(RSS.encode(), "sahel.rss")
    assert len(items) == 3
    attack, protest = articles_of(items)
    assert attack.title == "Gunmen attack village near Mopti"
    assert attack.url == "https://sahelwire.example/mopti-attack"
    assert attack.outlet == "Sahel Wire"
    assert attack.date == dt.date(2024, 3, 4), "the date as the outlet wrote it, not shifted to UTC"
    assert attack.origin == "sahel.rss#1"
    assert "Gunmen killed nine villagers" in attack.text and "reinforcements" in attack.text, "content wins"
    assert "FEED-" not in attack.text and "alert" not in attack.text
    assert protest.text == "Hundreds of traders protested against new taxes in Bamako on Tuesday."
    assert protest.date == dt.date(2024, 3, 5)


def test_items_keep_stable_keys_and_an_empty_item_is_its_own_error():
    items = parse_feed(RSS.encode(), "sahel.rss")
    assert [item.key for item in items] == [
        "id:sahel-1001", "link:https://sahelwire.example/bamako-protest", "id:sahel-1003"
    ]
    error = items[2].article
    assert isinstance(error, IngestError) and error.origin == "sahel.rss#3" and "no text" in error.problem
    edited = parse_feed(RSS.replace("nine villagers", "ten villagers").encode(), "sahel.rss")
    assert edited[0].key == items[0].key, "an edited item is still the same item"


def test_atom_content_wins_over_summary_and_updated_gives_the_date():
    (article,) = articles_of(parse_feed(ATOM.encode(), "horn.atom"))
    assert article.outlet == "Horn Monitor"
    assert article.url == "https://horn.example/las-anod"
    assert article.date == dt.date(2024, 3, 6)
    assert article.text.startswith("Heavy clashes between clan militias")


def test_feed_files_are_read_by_suffix_and_non_feeds_are_errors(tmp_path: Path):
    (tmp_path / "a.rss").write_text(RSS)
    (tmp_path / "b.atom").write_text(ATOM)
    (tmp_path / "c.xml").write_text("<config><setting>1</setting></config>")
    (tmp_path / "d.xml").write_text("<rss><channel><item><title>unclosed")
    items = list(read_inputs([tmp_path]))
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, IngestError)]
    assert {article.outlet for article in articles} == {"Sahel Wire", "Horn Monitor"}
    assert len(articles) == 3
    assert any(error.origin == str(tmp_path / "c.xml") and "not an RSS or Atom feed" in error.problem
               for error in errors)
    assert len(errors) >= 2  # the empty RSS item, the non-feed; the broken one is an error or a titled item


def test_entity_expansion_and_external_entities_stay_harmless():
    entities = "".join(f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, 9))
    bomb = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "boom">{entities}]>' \
           '<rss version="2.0"><channel><title>T</title><item><title>x</title><description>&e8;</description>' \
           '</item></channel></rss>'
    items = parse_feed(bomb.encode(), "bomb.rss")
    assert all(len(getattr(item.article, "text", "")) < 10_000 for item in items)
    xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>' \
          '<rss version="2.0"><channel><title>T</title><item><title>x</title><description>a &x; b</description>' \
          '</item></channel></rss>'
    (item,) = parse_feed(xxe.encode(), "xxe.rss")
    assert "root:" not in getattr(item.article, "text", "")


def test_feed_url_is_fetched_and_relative_links_resolve(served):
    root, base = served
    (root / "feed.rss").write_text(RSS.replace("https://sahelwire.example/bamako-protest", "/bamako-protest"))
    response, items = read_feed_url(f"{base}/feed.rss")
    assert response.status == 200 and response.headers.get("last-modified")
    assert articles_of(items)[1].url == f"{base}/bamako-protest"


def test_unchanged_feed_is_not_fetched_again(served):
    root, base = served
    (root / "feed.rss").write_text(RSS)
    first, _ = read_feed_url(f"{base}/feed.rss")
    again, items = read_feed_url(f"{base}/feed.rss", last_modified=first.headers["last-modified"])
    assert again.not_modified and items == []


def test_etag_is_sent_back_and_honoured():
    calls: list[str] = []

    class ETagHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            calls.append(self.headers.get("If-None-Match", ""))
            if self.headers.get("If-None-Match") == '"v1"':
                self.send_response(304)
                self.end_headers()
                return
            body = ATOM.encode()
            self.send_response(200)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Type", "application/atom+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), ETagHandler)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed"
        first, items = read_feed_url(url)
        assert first.headers["etag"] == '"v1"' and len(items) == 1
        second, items = read_feed_url(url, etag=first.headers["etag"])
        assert second.not_modified and items == []
        assert calls == ["", '"v1"']
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_failures_are_ingest_errors_naming_the_url(served, tmp_path: Path):
    root, base = served
    (root / "big.rss").write_bytes(b"x" * 5000)
    with pytest.raises(IngestError, match="limit"):
        fetch(f"{base}/big.rss", max_bytes=1000)
    with pytest.raises(IngestError, match="HTTP 404"):
        fetch(f"{base}/missing.rss")
    with pytest.raises(IngestError, match="only http and https"):
        fetch(f"file://{tmp_path}/x.rss")
    with pytest.raises(IngestError, match="not an RSS or Atom feed"):
        (root / "page.html").write_text("<html><body>not a feed</body></html>")
        read_feed_url(f"{base}/page.html")
    server_gone = f"http://127.0.0.1:{_free_port()}/feed.rss"
    with pytest.raises(IngestError) as caught:
        fetch(server_gone, timeout=2)
    assert caught.value.origin == server_gone and "cannot be fetched" in caught.value.problem


def test_redirect_to_a_non_http_scheme_is_refused():
    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        with pytest.raises(IngestError):
            fetch(f"http://127.0.0.1:{server.server_address[1]}/feed")
    finally:
        server.shutdown()
        server.server_close()


def test_summary_only_items_follow_their_link_when_asked(served):
    root, base = served
    (root / "bamako-protest").write_text(
        "<html><head><title>Protest</title></head><body><article><p>Hundreds of traders protested against "
        "new taxes in Bamako on Tuesday, blocking the main market road for several hours.</p><p>Police used "
        "tear gas to disperse them and arrested eleven people, a police spokesman said.</p>"
        "<script>alert('PAGE-SCRIPT')</script></article></body></html>"
    )
    feed = RSS.replace("https://sahelwire.example/bamako-protest", f"{base}/bamako-protest")
    feed = feed.replace("https://sahelwire.example/mopti-attack", f"{base}/missing-page")
    items = parse_feed(feed.encode(), "sahel.rss", fetch_page=page_fetcher(f"{base}/feed.rss"))
    attack, protest = articles_of(items)
    assert "arrested eleven people" in protest.text and "PAGE-SCRIPT" not in protest.text
    assert protest.title == "Protest in Bamako" and protest.outlet == "Sahel Wire"
    assert "Gunmen killed nine villagers" in attack.text, "items with content are not followed"
    broken = parse_feed(feed.replace(f"{base}/bamako-protest", f"{base}/gone").encode(), "s.rss",
                        fetch_page=page_fetcher(f"{base}/feed.rss"))
    assert articles_of(broken)[1].text.startswith("Hundreds of traders"), "a dead link keeps the summary"


def test_links_to_private_addresses_are_not_followed(served):
    root, base = served
    (root / "bamako-protest").write_text("<html><body><article><p>" + "Internal page. " * 40 + "</p></article></body></html>")
    feed = RSS.replace("https://sahelwire.example/bamako-protest", f"{base}/bamako-protest")
    # The feed came from a public host; its item points at this machine: the summary is kept.
    items = parse_feed(feed.encode(), "sahel.rss", fetch_page=page_fetcher("https://sahelwire.example/feed"))
    assert articles_of(items)[1].text.startswith("Hundreds of traders")


def test_a_followed_link_may_not_redirect_to_a_private_address():
    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_address[1]}/admin")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    feed_url = f"http://127.0.0.1:{server.server_address[1]}/feed"
    try:
        with pytest.raises(IngestError, match="non-public"):
            page_fetcher(feed_url)(f"http://127.0.0.1:{server.server_address[1]}/story")
    finally:
        server.shutdown()
        server.server_close()


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
