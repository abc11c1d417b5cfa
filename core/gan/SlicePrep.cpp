#include "SlicePrep.h"

#include "Augmentation.h"

#include <algorithm>

namespace cosingan::gan {

namespace F = torch::nn::functional;

namespace {

uint8_t borderMedian(const SliceData& s) {
    std::vector<uint8_t> border;
    for (int x = 0; x < s.width; ++x) {
        border.push_back(s.image[size_t(x)]);
        border.push_back(s.image[size_t(s.height - 1) * size_t(s.width) + size_t(x)]);
    }
    for (int y = 0; y < s.height; ++y) {
        border.push_back(s.image[size_t(y) * size_t(s.width)]);
        border.push_back(s.image[size_t(y) * size_t(s.width) + size_t(s.width - 1)]);
    }
    std::nth_element(border.begin(), border.begin() + long(border.size() / 2), border.end());
    return border[border.size() / 2];
}

torch::Tensor padToSquare(const std::vector<uint8_t>& pixels, const SquareFit& fit, uint8_t fill) {
    torch::Tensor src = torch::from_blob(const_cast<uint8_t*>(pixels.data()), {fit.height, fit.width}, torch::kUInt8);
    torch::Tensor square = torch::full({fit.side, fit.side}, fill, torch::kUInt8);
    square.narrow(0, fit.padTop, fit.height).narrow(1, fit.padLeft, fit.width).copy_(src);
    return square.view({1, 1, fit.side, fit.side}).to(torch::kFloat);
}

}  // namespace

PreparedSlice prepareSlice(const SliceData& slice, int workingSize, const torch::Device& device) {
    PreparedSlice p;
    p.fit = SquareFit::of(slice.width, slice.height);
    if (slice.hasImage()) {
        torch::Tensor img = padToSquare(slice.image, p.fit, borderMedian(slice)) / 127.5 - 1.0;
        p.image = resizeImage(img.to(device), workingSize).clamp(-1, 1);
    }
    torch::Tensor labels = padToSquare(slice.labels, p.fit, 0);
    p.labels = resizeCondition(labels.to(device), workingSize);
    return p;
}

torch::Tensor labelsToCondition(const torch::Tensor& labels, bool distinctLungs) {
    const double lung = 128.0 / 127.5 - 1.0, right = distinctLungs ? 96.0 / 127.5 - 1.0 : lung;
    torch::Tensor c = torch::full_like(labels, -1.0);
    c.masked_fill_(labels == 1, lung);
    c.masked_fill_(labels == 2, right);
    c.masked_fill_(labels == 3, 1.0);
    return c;
}

torch::Tensor randomisedCondition(const torch::Tensor& labels, const RandomConditionSpec& rc, bool distinctLungs) {
    // Per pixel: one draw each. Per region: one independent draw per image and class, expanded
    // over the pixels.
    auto draw = [&] {
        return rc.perRegion ? torch::rand({labels.size(0), 1, 1, 1}, labels.options()).expand(labels.sizes())
                            : torch::rand(labels.sizes(), labels.options());
    };
    const torch::Tensor ub = draw(), ul = rc.perRegion ? draw() : ub, ui = rc.perRegion ? draw() : ub;
    const double rightCentre = distinctLungs ? 96.0 : 128.0;
    torch::Tensor v = ub * rc.deltaBackground;                                            // background [0, db]
    v = torch::where(labels == 1, 128.0 - rc.deltaLung + ul * (2 * rc.deltaLung), v);      // lung
    v = torch::where(labels == 2, rightCentre - rc.deltaLung + ul * (2 * rc.deltaLung), v);
    v = torch::where(labels == 3, 255.0 - rc.deltaInfection + ui * rc.deltaInfection, v);  // infection
    return v.clamp(0, 255) / 127.5 - 1.0;
}

std::vector<std::vector<uint8_t>> toEightBit(const torch::Tensor& out) {
    torch::Tensor u8 = ((out.detach().to(torch::kCPU).to(torch::kFloat) + 1.0) * 127.5).round().clamp(0, 255).to(torch::kUInt8);
    std::vector<std::vector<uint8_t>> images;
    for (int64_t n = 0; n < u8.size(0); ++n) {
        torch::Tensor one = u8[n][0].contiguous();
        images.emplace_back(one.data_ptr<uint8_t>(), one.data_ptr<uint8_t>() + one.numel());
    }
    return images;
}

std::vector<std::vector<uint8_t>> restoreImages(const torch::Tensor& out, const SquareFit& fit) {
    torch::Tensor square = resizeImage(out.detach().to(torch::kFloat), fit.side);
    torch::Tensor cropped = square.narrow(2, fit.padTop, fit.height).narrow(3, fit.padLeft, fit.width);
    return toEightBit(cropped);
}

}  // namespace cosingan::gan
