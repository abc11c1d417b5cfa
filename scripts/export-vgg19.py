#!/usr/bin/env python3
"""Writes the ImageNet VGG-19 feature network as a TorchScript file for CoSinGAN's MS-FVL loss.

CoSinGAN Studio cannot ship ImageNet weights. Run this once on a machine with PyTorch, torchvision
and internet access (torchvision downloads the weights), then pass the file to training:

    python3 scripts/export-vgg19.py vgg19-features.pt
    cosingan train ... --vgg-weights vgg19-features.pt
"""
import sys

import torch
import torchvision


def main() -> int:
    out = sys.argv[1] if len(sys.argv) > 1 else "vgg19-features.pt"
    weights = torchvision.models.VGG19_Weights.IMAGENET1K_V1
    features = torchvision.models.vgg19(weights=weights).features.eval()
    torch.jit.script(features).save(out)
    print(f"wrote {out}: torchvision vgg19 features ({weights}), {sum(p.numel() for p in features.parameters())} parameters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
