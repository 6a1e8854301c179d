"""The two HTML pages of ``drill live`` and their script and style sheet (in ``static/``).

The pages are skeletons: ``live.js`` draws each screen from the views the WebSocket sends,
with DOM methods only (never HTML from data). The texts travel in a JSON data block, which the
Content-Security-Policy allows because it is never run. No asset comes from anywhere else.
"""

from __future__ import annotations

import json
from functools import cache
from html import escape
from importlib import resources

from partnerschap.drills.live.session import LiveSession, group_code
from partnerschap.messages import all_messages, t

TEXT_PREFIXES = ("live.page.", "live.error.")


@cache
def asset(name: str) -> bytes:
    return resources.files("partnerschap.drills.live").joinpath("static", name).read_bytes()


def texts_json(lang: str) -> str:
    """The page texts as a JSON data block; ``<`` escaped so nothing can close the tag."""
    texts = {key: t(key, lang) for key in all_messages() if key.startswith(TEXT_PREFIXES)}
    return json.dumps(texts, ensure_ascii=False).replace("<", "\\u003c")


def qr_svg(url: str) -> str:
    import segno

    return segno.make(url, error="m").svg_inline(
        scale=1, border=2, omitsize=True, svgclass="qr", dark="#000", light="#fff"
    )


def _head(session: LiveSession, title_key: str) -> str:
    lang = session.lang
    return (
        "<!doctype html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="robots" content="noindex">\n'
        f"<title>{escape(t(title_key, lang))}</title>\n"
        '<link rel="stylesheet" href="live.css">\n'
        '<script src="live.js" defer></script>\n'
        "</head>\n"
    )


def _texts(session: LiveSession) -> str:
    return f'<script type="application/json" id="texts">{texts_json(session.lang)}</script>\n'


def trainee_page(session: LiveSession) -> str:
    lang = session.lang
    intro = "live.page.join_anonymous_intro" if session.anonymous else "live.page.join_intro"
    name_field = (
        ""
        if session.anonymous
        else (
            f'<label for="join-name">{escape(t("live.page.join_label", lang))}</label>\n'
            '<input id="join-name" data-testid="join-name" name="name" type="text" '
            'maxlength="30" autocomplete="nickname" autocapitalize="words" '
            'enterkeyhint="go" spellcheck="false" required>\n'
        )
    )
    return (
        _head(session, "live.page.title")
        + f'<body data-role="trainee" data-code="{escape(session.code)}">\n'
        + _texts(session)
        + '<main id="app">\n'
        + '<section id="join" hidden>\n'
        + f"<h1>{escape(t('live.page.join_heading', lang))}</h1>\n"
        + f"<p>{escape(t(intro, lang))}</p>\n"
        + '<form id="join-form" novalidate>\n'
        + name_field
        + '<button type="submit" class="primary" data-testid="join-submit">'
        + f"{escape(t('live.page.join_submit', lang))}</button>\n"
        + '<p class="error" id="join-error" role="alert"></p>\n'
        + "</form>\n</section>\n"
        + '<section id="screen" aria-live="polite"></section>\n'
        + f'<p id="offline" role="status" hidden>{escape(t("live.page.offline", lang))}</p>\n'
        + f'<p id="closed" role="status" hidden>{escape(t("live.page.ended", lang))}</p>\n'
        + "</main>\n</body>\n</html>\n"
    )


def _break_before_code(url: str, code: str) -> str:
    """The address as HTML that wraps after the host and port, not inside them."""
    return escape(url).replace(f"/{code}/", f"/<wbr>{code}/", 1)


def projector_page(session: LiveSession, join_url: str) -> str:
    lang = session.lang
    button = '<button type="button" id="{id}" data-testid="{id}">{label}</button>'
    return (
        _head(session, "live.page.projector_title")
        + f'<body data-role="projector" data-code="{escape(session.code)}">\n'
        + _texts(session)
        + '<main id="app" class="projector">\n'
        + '<section id="lobby" hidden>\n'
        + f"<h1>{escape(t('live.page.join_on_phone', lang))}</h1>\n"
        + '<div class="lobby-grid">\n'
        + f'<div class="qr-big">{qr_svg(join_url)}</div>\n'
        + '<div class="join-info">\n'
        + f"<p>{escape(t('live.page.scan', lang))}</p>\n"
        + f'<p class="join-url" data-testid="join-url">{escape(join_url)}</p>\n'
        + f'<p class="code">{escape(t("live.page.code", lang))}: '
        + f"<strong>{escape(group_code(session.code))}</strong></p>\n"
        + '<p class="joined" id="joined" data-testid="joined-count"></p>\n'
        + '<ul class="names" id="names"></ul>\n'
        + "</div>\n</div>\n</section>\n"
        + '<section id="screen" aria-live="polite"></section>\n'
        + f'<aside class="corner" id="corner" hidden><div class="qr-small">{qr_svg(join_url)}'
        + f"</div><p>{_break_before_code(join_url, session.code)}</p></aside>\n"
        + '<nav class="controls" id="controls">\n'
        + button.format(id="previous", label=escape(t("live.page.previous", lang)))
        + button.format(id="reveal", label=escape(t("live.page.reveal", lang)))
        + button.format(id="next", label=escape(t("live.page.next", lang)))
        + button.format(id="end", label=escape(t("live.page.end", lang)))
        + "\n</nav>\n"
        + f'<p id="offline" role="status" hidden>{escape(t("live.page.offline", lang))}</p>\n'
        + f'<p id="closed" role="status" hidden>{escape(t("live.page.ended", lang))}</p>\n'
        + f'<p id="not-trainer" role="alert" hidden>{escape(t("live.page.not_trainer", lang))}'
        + "</p>\n"
        + "</main>\n</body>\n</html>\n"
    )
