"""An article body inside a saved web page of a publisher's usual weight (about 75 KB): a menu of
eight sections with twelve links each, a cookie banner and a log-in form, share bars, a sidebar
and related-article teasers, a newsletter box, six comments, a five-column footer, inline styles,
icons and a configuration script. The same page every run."""

from __future__ import annotations

import random

_WORDS = [
    "breastfeeding",
    "lactation",
    "infant",
    "mother",
    "milk",
    "support",
    "clinic",
    "course",
    "webinar",
    "guide",
    "newborn",
    "sleep",
    "feeding",
    "nutrition",
    "research",
    "update",
    "community",
    "event",
    "partner",
]


def saved_page(title: str, body_html: str) -> str:
    """``body_html`` as the article of a full page titled ``title``."""
    rng = random.Random(7)

    def words(count: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(count)).capitalize()

    css = "\n".join(
        f".c{i} {{ margin: {i % 7}px {i % 5}px; font-size: {12 + i % 6}px; }}" for i in range(400)
    )
    config = "window.CONFIG = {" + ",".join(f'"k{i}": "{words(3)}"' for i in range(300)) + "};"
    path = " ".join(f"M{i} {i * 2}L{i + 3} {i * 2 + 5}" for i in range(60))
    icon = f"<svg viewBox='0 0 24 24'><path d='{path}'/></svg>"
    menu = "".join(
        f"<li><a href='/s{i}'>{words(2)}</a><ul>"
        + "".join(f"<li><a href='/s{i}/p{j}'>{words(3)}</a></li>" for j in range(12))
        + "</ul></li>"
        for i in range(8)
    )
    teasers = [
        f"<div class='teaser'><a href='/a{i}'><img src='/i{i}.jpg' alt=''><h3>{words(6)}</h3></a>"
        f"<p>{words(22)}.</p><span class='date'>3 May 2024</span></div>"
        for i in range(16)
    ]
    comments = "".join(
        f"<li class='comment'><div class='author'>{words(2)}</div>"
        f"<p>{words(rng.randint(30, 70))}.</p><a class='reply' href='#'>Reply</a></li>"
        for _ in range(6)
    )
    footer = "".join(
        f"<div class='col'><h4>{words(2)}</h4><ul>"
        + "".join(f"<li><a href='/f{i}{j}'>{words(2)}</a></li>" for j in range(8))
        + "</ul></div>"
        for i in range(5)
    )
    share = "<div class='share'>Share " + "".join(
        f"<a href='#'>{icon}{name}</a>" for name in ("Facebook", "X", "Email", "Print")
    )
    share += "</div>"
    meta = "".join(f"<meta name='m{i}' content='{words(4)}'>" for i in range(25))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{meta}"
        f"<style>{css}</style><script>{config}</script></head><body>"
        "<div class='cookie'>We use cookies to improve your experience. "
        "<button>Accept all cookies</button></div>"
        f"<header><a class='logo' href='/'>{icon}Milk Matters</a><nav><ul>{menu}</ul></nav>"
        "<form class='login'><input name='email'><input type='password'><button>Log in</button>"
        "</form></header>"
        "<div class='breadcrumbs'><a href='/'>Home</a> &rsaquo; <a href='/topics'>Topics</a></div>"
        f"<main><article><h1>{title}</h1><p class='byline'>By Sam Lee · 3 March 2024</p>{share}"
        f"{body_html}{share}</article>"
        f"<aside class='sidebar'><h2>Popular</h2>{''.join(teasers[:8])}</aside>"
        f"<section class='related'><h2>Related articles</h2>{''.join(teasers[8:])}</section>"
        "<div class='newsletter'><h2>In your inbox</h2><p>Sign up for our newsletter.</p>"
        "<input name='email'><button>Subscribe</button></div>"
        f"<section class='comments'><h2>6 comments</h2><ol>{comments}</ol></section></main>"
        f"<footer>{footer}<p>© 2024 Milk Matters. All rights reserved. Privacy policy</p>"
        f"</footer><script>{config}</script></body></html>"
    )
