#!/usr/bin/env python3
"""Derives the web UI's world outline from Natural Earth's 1:110m admin-0 countries.

Input: countries-110m.json (TopoJSON) from the npm package world-atlas 2.x, which packages the
public-domain Natural Earth shapes. Output: a small JSON list of countries, each with its ISO
3166-1 numeric id, its name and one SVG path in an equirectangular projection whose viewBox is
"0 0 360 180" (x = longitude + 180, y = 90 - latitude), coordinates rounded to 0.1 degree.

Usage: npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
       python3 derive_outline.py package/countries-110m.json OUTPUT.json
"""
import json
import sys


def decoded_arcs(topology):
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def unwrapped(points):
    """The ring with longitudes made continuous: a ring crossing the antimeridian leaves [-180, 180]."""
    result = []
    for lon, lat in points:
        if result:
            previous = result[-1][0]
            while lon - previous > 180:
                lon -= 360
            while previous - lon > 180:
                lon += 360
        result.append((lon, lat))
    return result


def ring_paths(points):
    """One path for the ring, and a copy shifted by 360 degrees when it leaves the map's frame."""
    points = unwrapped(points)
    shifts = [0]
    if min(lon for lon, _ in points) < -180:
        shifts.append(360)
    if max(lon for lon, _ in points) > 180:
        shifts.append(-360)
    return "".join(ring_path([(lon + shift, lat) for lon, lat in points]) for shift in shifts)


def ring_path(points):
    parts = []
    previous = None
    for lon, lat in points:
        point = (round(lon + 180, 1), round(90 - lat, 1))
        if point != previous:
            parts.append("%g %g" % point)
            previous = point
    if len(parts) < 3:
        return ""
    return "M" + "L".join(parts) + "Z"


def main(source, target):
    with open(source, encoding="utf-8") as file:
        topology = json.load(file)
    arcs = decoded_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        path = "".join(
            ring_paths(ring_points(ring, arcs)) for polygon in polygons for ring in polygon
        )
        if path:
            countries.append(
                {"id": geometry.get("id"), "name": geometry["properties"]["name"], "d": path}
            )
    countries.sort(key=lambda country: (country["name"], country["id"] or ""))
    with open(target, "w", encoding="utf-8") as file:
        json.dump({"source": "Natural Earth 1:110m admin-0 countries (public domain)",
                   "viewBox": "0 0 360 180", "countries": countries}, file,
                  ensure_ascii=False, separators=(",", ":"))
        file.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: derive_outline.py countries-110m.json OUTPUT.json")
    main(sys.argv[1], sys.argv[2])
