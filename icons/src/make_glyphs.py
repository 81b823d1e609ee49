#!/usr/bin/env python3
"""Draws Faultline's 13 node-kind glyphs and writes them as single-path SVGs.

Style: outline icons on a 24x24 grid, 2 px strokes with round caps and joins,
content inside 2..22. Every stroke is turned into filled outline geometry
(shapely's buffer), all shapes are united, and the result is written as one
<path> of M/L/Z commands only, with holes wound opposite to their outlines, so
the default nonzero fill rule of SVG, JavaFX SVGPath and Java2D gives the same
picture.

Needs python3-shapely (apt). Usage: make_glyphs.py ICONS_DIR PROPERTIES_FILE
"""
import math
import sys
from pathlib import Path

from shapely.geometry import LineString, Point, Polygon, MultiPolygon
from shapely.geometry.polygon import orient
from shapely.ops import unary_union
from shapely import affinity

W = 2.0          # stroke width
QS = 6           # segments per quarter circle (shapely 1.8: "resolution")


def line(*pts, w=W):
    return LineString(pts).buffer(w / 2, resolution=QS, cap_style=1, join_style=1)


def ring(cx, cy, r, w=W):
    return Point(cx, cy).buffer(r + w / 2, resolution=QS * 2).difference(
        Point(cx, cy).buffer(r - w / 2, resolution=QS * 2))


def disc(cx, cy, r):
    return Point(cx, cy).buffer(r, resolution=QS * 2)


def outline(shape, w=W):
    """A stroke along the boundary of a filled shape."""
    return shape.exterior.buffer(w / 2, resolution=QS, cap_style=1, join_style=1)


def ellipse_pts(cx, cy, rx, ry, a0, a1, steps=24):
    """Points of an elliptic arc; angles in degrees, 0 = right, 90 = down (screen y)."""
    out = []
    for i in range(steps + 1):
        a = math.radians(a0 + (a1 - a0) * i / steps)
        out.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    return out


def arc(cx, cy, rx, ry, a0, a1, w=W):
    return line(*ellipse_pts(cx, cy, rx, ry, a0, a1), w=w)


def ellipse_ring(cx, cy, rx, ry, w=W):
    outer = affinity.scale(Point(0, 0).buffer(1, resolution=QS * 2), rx + w / 2, ry + w / 2)
    inner = affinity.scale(Point(0, 0).buffer(1, resolution=QS * 2), rx - w / 2, ry - w / 2)
    return affinity.translate(outer.difference(inner), cx, cy)


def arrow_head(tip, direction, size=3.2):
    """Two strokes forming an open arrow head at tip, pointing along direction (dx, dy)."""
    dx, dy = direction
    n = math.hypot(dx, dy)
    dx, dy = dx / n, dy / n
    back = (tip[0] - dx * size, tip[1] - dy * size)
    left = (back[0] - dy * size, back[1] + dx * size)
    right = (back[0] + dy * size, back[1] - dx * size)
    return unary_union([line(left, tip), line(right, tip)])


# --- the glyphs --------------------------------------------------------------

def service():
    # A cog: eight teeth around a body, with an axle hole.
    parts = [Point(12, 12).buffer(6.4, resolution=QS * 2)]
    for k in range(8):
        tooth = Polygon([(-1.6, 0), (1.6, 0), (1.35, 9.3), (-1.35, 9.3)])
        parts.append(affinity.translate(affinity.rotate(tooth, 22.5 + 45 * k, origin=(0, 0)), 12, 12))
    cog = unary_union(parts).buffer(0.6, resolution=QS).buffer(-0.6, resolution=QS)
    return unary_union([outline(cog), ring(12, 12, 2.6)])


def gateway():
    # A shield with an arrow passing through: the guarded way in.
    pts = [(12, 2.6), (19.6, 5.4), (19.6, 11.2)]
    pts += [(19.6 - 7.6 * t * t, 11.2 + 10.2 * t) for t in (0.25, 0.5, 0.75)]  # not exact, reads as a curve
    pts += [(12, 21.4)]
    left = [(24 - x, y) for (x, y) in reversed(pts[1:-1])]
    shield = Polygon(pts + left)
    shield = shield.buffer(0.8, resolution=QS).buffer(-0.8, resolution=QS)
    return unary_union([outline(shield), line((7.8, 12), (15.6, 12)), arrow_head((16.2, 12), (1, 0), 3.0)])


def load_balancer():
    # One input splitting into three outputs.
    j = (8.5, 12)
    return unary_union([
        line((2.5, 12), j),
        line(j, (13.5, 5.5), (19.5, 5.5)),
        line(j, (19.5, 12)),
        line(j, (13.5, 18.5), (19.5, 18.5)),
        arrow_head((20.5, 5.5), (1, 0), 2.8),
        arrow_head((20.5, 12), (1, 0), 2.8),
        arrow_head((20.5, 18.5), (1, 0), 2.8),
        disc(j[0], j[1], 2.4),
    ])


def cdn():
    # A small globe with edge locations around it.
    globe = unary_union([ring(12, 12, 5.6), ellipse_ring(12, 12, 2.4, 5.6, w=1.8), line((6.4, 12), (17.6, 12), w=1.8)])
    parts = [globe]
    for (x, y) in [(4, 4), (20, 4), (4, 20), (20, 20)]:
        parts.append(disc(x, y, 2.0))
        # spoke from the edge location towards the globe, stopping at its rim
        dx, dy = 12 - x, 12 - y
        n = math.hypot(dx, dy)
        end = (12 - dx / n * 6.8, 12 - dy / n * 6.8)
        parts.append(line((x, y), end, w=1.6))
    return unary_union(parts)


def database():
    # The classic cylinder: top ellipse, sides, a middle band and the bottom.
    rx, ry = 8, 3
    return unary_union([
        ellipse_ring(12, 5.5, rx, ry),
        line((4, 5.5), (4, 18.5)),
        line((20, 5.5), (20, 18.5)),
        arc(12, 12, rx, ry, 0, 180),
        arc(12, 18.5, rx, ry, 0, 180),
    ])


def cache():
    # A lightning bolt: fast.
    bolt = Polygon([(13.5, 2.5), (4.8, 13.6), (11.4, 13.6), (10.4, 21.5), (19.2, 10.2), (12.6, 10.2)])
    return outline(bolt)


def queue():
    # Messages lined up in a pipe (top and bottom walls), moving to the right.
    parts = [line((2.5, 5.5), (17, 5.5)), line((2.5, 18.5), (17, 18.5))]
    for x in (5.5, 9.5, 13.5):
        parts.append(line((x, 9.5), (x, 14.5), w=2.4))
    parts.append(line((18, 8.5), (21.5, 12), (18, 15.5)))
    return unary_union(parts)


def storage():
    # A bucket: open top, tapered sides, rounded bottom.
    return unary_union([
        ellipse_ring(12, 6, 8, 2.6),
        line((4, 6), (6.2, 19.2)),
        line((20, 6), (17.8, 19.2)),
        arc(12, 19.2, 5.8, 2.0, 0, 180),
    ])


def function():
    # A lambda.
    return unary_union([
        line((5, 3.5), (8.2, 3.5), (18, 20.5), (20, 20.5)),
        line((11.6, 10.2), (5, 20.5)),
    ])


def job():
    # A clock: scheduled work.
    return unary_union([ring(12, 12, 9), line((12, 6.8), (12, 12), (15.6, 14.4))])


def dns():
    # A globe: names for the whole world.
    return unary_union([
        ring(12, 12, 9),
        ellipse_ring(12, 12, 3.9, 9),
        line((3.5, 12), (20.5, 12)),
        arc(12, 3.5, 10, 4.2, 60, 120) if False else line((5, 7.2), (19, 7.2), w=1.6),
        line((5, 16.8), (19, 16.8), w=1.6),
    ]).intersection(Point(12, 12).buffer(10, resolution=QS * 2))


def external():
    # A cloud: somebody else's computer.
    body = unary_union([
        Point(7.8, 14.2).buffer(4.6, resolution=QS * 2),
        Point(13, 9.8).buffer(5.6, resolution=QS * 2),
        Point(17.6, 14.4).buffer(4.2, resolution=QS * 2),
        Polygon([(7.8, 14.2), (17.6, 14.2), (17.6, 18.6), (7.8, 18.8)]),
    ])
    return outline(body)


def other():
    # A dot in a circle: something else.
    return unary_union([ring(12, 12, 8.5), disc(12, 12, 3.4)])


GLYPHS = {
    "service": service, "gateway": gateway, "load-balancer": load_balancer, "cdn": cdn,
    "database": database, "cache": cache, "queue": queue, "storage": storage,
    "function": function, "job": job, "dns": dns, "external": external, "other": other,
}


# --- output ------------------------------------------------------------------

def num(v):
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def ring_path(coords):
    pts = list(coords)[:-1]  # shapely repeats the first point at the end
    out = [f"M{num(pts[0][0])} {num(pts[0][1])}"]
    prev = (num(pts[0][0]), num(pts[0][1]))
    for x, y in pts[1:]:
        p = (num(x), num(y))
        if p != prev:
            out.append(f"L{p[0]} {p[1]}")
        prev = p
    out.append("Z")
    return "".join(out)


def path_data(geom):
    geom = geom.simplify(0.02)
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    parts = []
    for poly in polys:
        # sign=1: exterior counter-clockwise in y-up terms, interiors clockwise: opposite windings.
        poly = orient(poly, sign=1.0)
        parts.append(ring_path(poly.exterior.coords))
        parts.extend(ring_path(i.coords) for i in poly.interiors)
    return "".join(parts)


def main():
    icons_dir, props = Path(sys.argv[1]), Path(sys.argv[2])
    (icons_dir / "kinds").mkdir(parents=True, exist_ok=True)
    lines = ["# Node-kind glyphs: 24x24 path data (M/L/Z only, nonzero fill rule).",
             "# Generated by icons/src/make_glyphs.py together with icons/kinds/*.svg; edit the script, not this file."]
    for kind, draw in GLYPHS.items():
        d = path_data(draw())
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">'
               f'<path fill="currentColor" d="{d}"/></svg>\n')
        (icons_dir / "kinds" / f"{kind}.svg").write_text(svg)
        lines.append(f"{kind}={d}")
    props.parent.mkdir(parents=True, exist_ok=True)
    props.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
