// Training on the lung box: the box is what a user would draw by hand around the lungs (every
// labelled pixel, the margin, square where the slice allows), the model trains on it and draws the
// lung box of every mask with the labels under it, and the choice round-trips in the configuration.
#include "EngineCheck.h"
#include "TrainingFixture.h"
#include "SyntheticSlice.h"
#include "gan/LungBox.h"
#include "gan/ModelStore.h"
#include "gan/Synthesis.h"
#include "gan/Training.h"

namespace cosingan::test {

namespace {

gan::SliceData rectangleMask(int width, int height, int x0, int y0, int w, int h, uint8_t label = 1) {
    gan::SliceData s;
    s.width = width;
    s.height = height;
    s.labels.assign(size_t(width) * size_t(height), 0);
    for (int y = y0; y < y0 + h; ++y)
        for (int x = x0; x < x0 + w; ++x) s.labels[size_t(y) * size_t(width) + size_t(x)] = label;
    return s;
}

void boxByHand(const CheckContext&) {
    // 20 x 10 labels at (40, 30) in 100 x 80; margin 0.1 of 20 = 2 px each side -> 24 x 14, then
    // grown to a 24 px square about its centre: y from 28 - 5 = 23.
    REQUIRE(gan::lungBox(rectangleMask(100, 80, 40, 30, 20, 10), 0.1) == (gan::PixelBox{38, 23, 24, 24}));
    // In a corner: the margin is cut by the slice's edge, the square shifted inside it.
    REQUIRE(gan::lungBox(rectangleMask(100, 80, 0, 0, 10, 10), 0.5) == (gan::PixelBox{0, 0, 20, 20}));
    // Wider than the slice is high: as square as the slice allows.
    REQUIRE(gan::lungBox(rectangleMask(100, 40, 10, 5, 80, 30), 0.0) == (gan::PixelBox{10, 0, 80, 40}));
    // No labels: the whole slice.
    REQUIRE(gan::lungBox(rectangleMask(50, 60, 0, 0, 0, 0), 0.1) == (gan::PixelBox{0, 0, 50, 60}));
    // Several slices: one box around all their labels.
    const gan::SliceData a = rectangleMask(100, 100, 20, 40, 10, 10), b = rectangleMask(100, 100, 60, 50, 10, 10);
    REQUIRE(gan::lungBox(std::vector<const gan::SliceData*>{&a, &b}, 0.0) == (gan::PixelBox{20, 25, 50, 50}));
    bool refused = false;
    try {
        gan::lungBox(a, -0.1);
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    REQUIRE(refused);
}

void realisticSliceBox(const CheckContext&) {
    const gan::SliceData s = syntheticSlice(120, 96);
    const gan::PixelBox b = gan::lungBox(s, 0.1);
    REQUIRE(b.x >= 0 && b.y >= 0 && b.x + b.width <= s.width && b.y + b.height <= s.height);
    size_t labelled = 0;
    for (int y = 0; y < s.height; ++y)
        for (int x = 0; x < s.width; ++x)
            if (s.labels[size_t(y) * size_t(s.width) + size_t(x)]) {
                ++labelled;
                REQUIRE(x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height);
            }
    // As square as the slice allows, and narrower than the slice (the body around the lungs is cut).
    REQUIRE(b.width == b.height || b.width == s.width || b.height == s.height);
    REQUIRE(b.width < s.width);
    const gan::SliceData c = gan::cropSlice(s, b);
    REQUIRE(c.width == b.width && c.height == b.height && c.image.size() == c.labels.size());
    size_t kept = 0;
    for (int y = 0; y < c.height; ++y)
        for (int x = 0; x < c.width; ++x) {
            const size_t in = size_t(y) * size_t(c.width) + size_t(x), out = size_t(b.y + y) * size_t(s.width) + size_t(b.x + x);
            REQUIRE(c.image[in] == s.image[out] && c.labels[in] == s.labels[out]);
            kept += c.labels[in] != 0;
        }
    REQUIRE(kept == labelled);  // no label was cut
}

void configRoundTrip(const CheckContext&) {
    gan::GanConfig c = gan::makePreset("tiny");
    REQUIRE(!c.cropsToLungs());
    REQUIRE(c.toJson().find("crop_to_lungs") == nullptr);  // older manifests stay as they were
    c.lungCropMargin = 0.15;
    const gan::GanConfig back = gan::GanConfig::fromJson(c.toJson());
    REQUIRE(back.cropsToLungs() && back.lungCropMargin == 0.15);
    c.lungCropMargin = 1.5;
    bool refused = false;
    try {
        c.validate();
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    REQUIRE(refused);
}

void lungBoxModelDrawsTheBox(const CheckContext& c) {
    gan::TrainingRequest r;
    r.config = microConfig(c);
    r.config.lungCropMargin = 0.1;
    r.slice = syntheticSlice(120, 96);
    r.modelFolder = folder(c, "lungbox");
    Recorder rec;
    REQUIRE(gan::trainCoSinGAN(r, rec).finished);
    const gan::PixelBox trained = gan::lungBox(r.slice, 0.1);
    const Json m = gan::readManifest(r.modelFolder);
    const auto& box = m.at("training_slice").at("lung_box").asArray();
    REQUIRE(box.size() == 4 && box[2].asInt() == trained.width && box[0].asInt() == trained.x);

    const auto model = gan::CoSinGanModel::load(r.modelFolder, c.device.str());
    REQUIRE(model->config().cropsToLungs());
    gan::SliceData mask = syntheticSlice(150, 110, 0.6);  // another mask, another size
    mask.image.clear();
    const gan::PixelBox expected = gan::lungBox(mask, 0.1);
    gan::SynthesisOptions o;
    const gan::SynthesisResult res = model->generate({mask}, o).front();
    REQUIRE(res.x == expected.x && res.y == expected.y && res.width == expected.width && res.height == expected.height);
    REQUIRE(res.image.size() == size_t(res.width) * size_t(res.height));
    REQUIRE(res.labels == gan::cropSlice(mask, expected).labels);  // the labels under the image
    // A given box (a volume's) is drawn for every mask.
    o.lungBox = gan::PixelBox{5, 6, 100, 90};
    const gan::SynthesisResult given = model->generate({mask}, o).front();
    REQUIRE(given.x == 5 && given.y == 6 && given.width == 100 && given.height == 90);

    // Fusion needs two models that draw the same field.
    gan::TrainingRequest full = r;
    full.config.lungCropMargin = -1;
    full.modelFolder = folder(c, "fullfield");
    Recorder rec2;
    REQUIRE(gan::trainCoSinGAN(full, rec2).finished);
    const auto fullModel = gan::CoSinGanModel::load(full.modelFolder, c.device.str());
    const gan::SynthesisResult whole = fullModel->generate({mask}, gan::SynthesisOptions{}).front();
    REQUIRE(whole.x == 0 && whole.y == 0 && whole.width == mask.width && whole.labels == mask.labels);
    bool refused = false;
    try {
        gan::CoSinGanModel::generateFused(*model, *fullModel, {mask}, gan::SynthesisOptions{}, gan::FusionOptions{});
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    REQUIRE(refused);
}

// The in-plane transposition every input path uses (--transpose, the app's transposed studies).
void sliceTransposition(const CheckContext&) {
    gan::SliceData s;
    s.width = 3;
    s.height = 2;
    s.image = {1, 2, 3, 4, 5, 6};  // rows: 1 2 3 / 4 5 6
    s.labels = {0, 1, 2, 3, 0, 1};
    s.source = "slice.png";
    const gan::SliceData t = gan::transposed(s);
    REQUIRE(t.width == 2 && t.height == 3 && t.source == s.source);
    REQUIRE((t.image == std::vector<uint8_t>{1, 4, 2, 5, 3, 6}));
    REQUIRE((t.labels == std::vector<uint8_t>{0, 3, 1, 0, 2, 1}));
    const gan::SliceData back = gan::transposed(t);  // its own inverse
    REQUIRE(back.width == 3 && back.height == 2 && back.image == s.image && back.labels == s.labels);
    gan::SliceData maskOnly = s;
    maskOnly.image.clear();
    REQUIRE(!gan::transposed(maskOnly).hasImage());
    bool refused = false;
    try {
        gan::transposedPixels(s.labels, 4, 2);
    } catch (const std::invalid_argument&) {
        refused = true;
    }
    REQUIRE(refused);
}

}  // namespace

std::vector<EngineCheck> lungBoxChecks() {
    return {{"the lung box by hand: labels, margin, square, edges, several slices", boxByHand},
            {"the lung box of a chest slice holds every label and crops exactly", realisticSliceBox},
            {"crop to the lungs round-trips in the configuration", configRoundTrip},
            {"a lung-box model trains on the box and draws each mask's box", lungBoxModelDrawsTheBox},
            {"slice transposition: image and labels, its own inverse, sizes checked", sliceTransposition}};
}

}  // namespace cosingan::test
