#!/usr/bin/env python3
"""Writes Tally's demo images: simple street scenes drawn from shapes (no photographs,
no people), 480x360 PNG, with a COCO detection JSON of their boxes. Standard library
only (zlib + struct write the PNGs). Usage: make-demo-images.py OUTDIR"""
import json
import os
import random
import struct
import sys
import zlib

W, H = 480, 360


def png(path, pixels):
    raw = b"".join(b"\x00" + bytes(row) for row in pixels)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def canvas(rng):
    sky = (rng.randint(120, 170), rng.randint(170, 210), 235)
    horizon = rng.randint(190, 230)
    rows = []
    for y in range(H):
        if y < horizon:
            t = y / horizon
            c = tuple(int(s * (1 - 0.25 * t)) for s in sky)
        else:
            g = 90 + (y - horizon) // 4
            c = (g, g, g + 5)
        rows.append(bytearray(c * W))
    return rows, horizon


def rect(px, x0, y0, x1, y1, colour):
    x0, y0 = max(0, int(x0)), max(0, int(y0))
    x1, y1 = min(W, int(x1)), min(H, int(y1))
    for y in range(y0, y1):
        row = px[y]
        row[x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)


def disc(px, cx, cy, r, colour):
    for y in range(max(0, int(cy - r)), min(H, int(cy + r) + 1)):
        for x in range(max(0, int(cx - r)), min(W, int(cx + r) + 1)):
            if (x - cx) ** 2 + (y - cy) ** 2 <= r * r:
                px[y][x * 3:x * 3 + 3] = bytes(colour)


def figure(px, x, feet, height, rng):
    """A standing figure; returns its box (x, y, w, h)."""
    head = height * 0.13
    body_w = height * 0.28
    shirt = (rng.randint(150, 230), rng.randint(30, 90), rng.randint(30, 120))
    trousers = (40, 50, rng.randint(90, 140))
    top = feet - height
    disc(px, x, top + head, head, (224, 180, 140))
    rect(px, x - body_w / 2, top + 2 * head, x + body_w / 2, top + height * 0.6, shirt)
    rect(px, x - body_w / 2, top + height * 0.6, x - body_w * 0.08, feet, trousers)
    rect(px, x + body_w * 0.08, top + height * 0.6, x + body_w / 2, feet, trousers)
    return [x - body_w / 2, top, body_w, height]


def car(px, x, ground, width, rng):
    colour = (rng.randint(20, 220), rng.randint(20, 220), rng.randint(20, 220))
    h = width * 0.42
    rect(px, x, ground - h * 0.6, x + width, ground - h * 0.15, colour)
    rect(px, x + width * 0.2, ground - h, x + width * 0.75, ground - h * 0.6, colour)
    rect(px, x + width * 0.27, ground - h * 0.92, x + width * 0.68, ground - h * 0.64, (180, 210, 230))
    for wx in (x + width * 0.22, x + width * 0.78):
        disc(px, wx, ground - h * 0.15, h * 0.17, (25, 25, 25))
    return [x, ground - h, width, h]


def dog(px, x, ground, size):
    brown = (120, 80, 40)
    rect(px, x, ground - size * 0.55, x + size, ground - size * 0.25, brown)
    rect(px, x + size * 0.85, ground - size * 0.8, x + size * 1.2, ground - size * 0.5, brown)
    for lx in (x + size * 0.05, x + size * 0.8):
        rect(px, lx, ground - size * 0.25, lx + size * 0.12, ground, brown)
    return [x, ground - size * 0.8, size * 1.2, size * 0.8]


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "images"), exist_ok=True)
    rng = random.Random(7)
    categories = [{"id": 1, "name": "person"}, {"id": 2, "name": "car"}, {"id": 3, "name": "dog"}]
    images, annotations = [], []
    # (people, cars, dogs, far person) per scene
    plan = [(2, 1, 0, False), (0, 2, 0, False), (1, 0, 1, False), (0, 1, 0, True), (3, 0, 0, False),
            (0, 0, 1, False), (1, 2, 0, False), (0, 1, 1, True), (2, 0, 1, False), (0, 3, 0, False),
            (1, 1, 1, False), (0, 0, 0, True)]
    for i, (people, cars, dogs, far) in enumerate(plan, start=1):
        px, horizon = canvas(rng)
        boxes = []
        # Objects stand in separate columns of the scene, so that none hides another.
        slots = list(range(5))
        rng.shuffle(slots)
        column = W // 5
        for _ in range(cars):
            x = slots.pop() * column + rng.randint(0, 10)
            boxes.append((2, car(px, min(x, W - 150), rng.randint(horizon + 60, H - 10), rng.randint(110, 140), rng)))
        for _ in range(dogs):
            x = slots.pop() * column + rng.randint(5, 30)
            boxes.append((3, dog(px, x, rng.randint(horizon + 70, H - 5), rng.randint(40, 55))))
        for _ in range(people):
            x = slots.pop() * column + column // 2
            boxes.append((1, figure(px, x, rng.randint(horizon + 80, H - 5), rng.randint(150, 220), rng)))
        if far:  # a distant figure: under 0.5 % of the image, so "not person" for VWW
            boxes.append((1, figure(px, rng.randint(60, 420), horizon + 6, 22, rng)))
        name = "street_%02d.png" % i
        png(os.path.join(out, "images", name), px)
        images.append({"id": i, "file_name": name, "width": W, "height": H})
        for cat, (x, y, w, h) in boxes:
            x, y = max(0.0, x), max(0.0, y)
            w, h = min(w, W - x), min(h, H - y)
            annotations.append({"id": len(annotations) + 1, "image_id": i, "category_id": cat,
                                "bbox": [round(x, 1), round(y, 1), round(w, 1), round(h, 1)],
                                "area": round(w * h, 1), "iscrowd": 0})
    with open(os.path.join(out, "annotations.json"), "w") as f:
        json.dump({"info": {"description": "Tally demo scenes drawn by scripts/make-demo-images.py"},
                   "licenses": [], "images": images, "annotations": annotations,
                   "categories": categories}, f, indent=1)


if __name__ == "__main__":
    main()
