#!/usr/bin/env python3
"""Helpers of scripts/evaluate-full-field.sh (numpy and Pillow).

pad SRC_IMAGES SRC_LABELS OUT FACTOR KEYS: every slice K (images SRC_IMAGES/K.jpg, label maps
    SRC_LABELS/K.png) centred in a square field FACTOR times its longer side; the image padded with
    the median of its border, the labels with background. Writes OUT/images, OUT/labels and
    OUT/offsets.json (K -> [left, top, width, height] of the slice in the field).
unpad GENERATE_JSON OFFSETS SRC_LABELS OUT: the images `cosingan generate --json` wrote for padded
    masks, cut back to each slice's own frame (an image of the lung box alone is first placed in the
    field at its box, the field around it filled with the median of its border); written as
    OUT/images, OUT/labels (the slice's own label map) and OUT/infection, one case per image.
boxes MARGIN LABEL_MAP...: for label maps (cosingan bundle --auto-lungs --out X.png), the mean
    side and area of the lung box (the engine's rule: labels' bounding box grown by MARGIN times
    its longer side, then towards a square, within the slice) as fractions of the slice.
"""
import json, os, sys

import numpy as np
from PIL import Image


def border_median(a):
    return int(np.median(np.concatenate([a[0], a[-1], a[:, 0], a[:, -1]])))


def pad(src_images, src_labels, out, factor, keys):
    for sub in ("images", "labels"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    offsets = {}
    for k in keys.split(","):
        img = np.array(Image.open(os.path.join(src_images, k + ".jpg")).convert("L"))
        lab = np.array(Image.open(os.path.join(src_labels, k + ".png")))
        h, w = img.shape
        side = int(round(max(w, h) * float(factor)))
        left, top = (side - w) // 2, (side - h) // 2
        field = np.full((side, side), border_median(img), np.uint8)
        field[top:top + h, left:left + w] = img
        labels = np.zeros((side, side), np.uint8)
        labels[top:top + h, left:left + w] = lab
        Image.fromarray(field).save(os.path.join(out, "images", k + ".png"))
        Image.fromarray(labels).save(os.path.join(out, "labels", k + ".png"))
        offsets[k] = [left, top, w, h]
    with open(os.path.join(out, "offsets.json"), "w") as f:
        json.dump(offsets, f)


def unpad(generate_json, offsets_json, src_labels, out):
    with open(generate_json) as f:
        written = json.load(f)["images"]
    with open(offsets_json) as f:
        offsets = json.load(f)
    for sub in ("images", "labels", "infection"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    for e in written:
        k = os.path.splitext(os.path.basename(e["mask"]))[0]
        left, top, w, h = offsets[k]
        img = np.array(Image.open(e["image"]))
        if "box" in e:  # the lung box alone: placed in the field where it lies
            x, y, bw, bh = (int(v) for v in e["box"])
            side = 2 * left + w + 2  # at least the field; only the slice's frame is kept
            field = np.full((max(side, y + bh, top + h), max(side, x + bw, left + w)), border_median(img), np.uint8)
            field[y:y + bh, x:x + bw] = img
            img = field
        frame = img[top:top + h, left:left + w]
        lab = np.array(Image.open(os.path.join(src_labels, k + ".png")))
        name = os.path.splitext(os.path.basename(e["image"]))[0]
        Image.fromarray(frame).save(os.path.join(out, "images", name + ".png"))
        Image.fromarray(lab).save(os.path.join(out, "labels", name + ".png"))
        Image.fromarray(np.where(lab == 3, 255, 0).astype(np.uint8)).save(os.path.join(out, "infection", name + ".png"))


def boxes(margin, *paths):
    sides, areas = [], []
    for p in paths:
        lab = np.array(Image.open(p)) > 0
        h, w = lab.shape
        ys, xs = np.nonzero(lab)
        bw, bh = xs.max() - xs.min() + 1, ys.max() - ys.min() + 1
        grow = int(round(float(margin) * max(bw, bh)))
        bw, bh = min(w, bw + 2 * grow), min(h, bh + 2 * grow)
        bw, bh = min(w, max(bw, bh)), min(h, max(bw, bh))
        sides.append(max(bw, bh) / max(w, h))
        areas.append(bw * bh / (w * h))
    print("%d slices: lung box side / slice side %.2f, area %.2f (%d of them the whole slice)"
          % (len(paths), np.mean(sides), np.mean(areas), sum(a == 1.0 for a in areas)))


if __name__ == "__main__":
    if len(sys.argv) == 7 and sys.argv[1] == "pad":
        pad(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "unpad":
        unpad(*sys.argv[2:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "boxes":
        boxes(*sys.argv[2:])
    else:
        sys.exit(__doc__)
