// Windowing, slice composition (overlay fill/outline, dirty rectangles), the demo phantom, and
// showing images stored transposed.
#include "demo/ChestPhantom.h"
#include "gan/SliceData.h"
#include "image/InPlaneTranspose.h"
#include "view/SliceComposer.h"
#include "volume/Window.h"

#include <QTest>

#include <cstring>

using namespace cosingan;

namespace {
CtVolume rampVolume() {
    ImageGeometry g;
    g.size = {16, 8, 2};
    CtVolume v(g);
    for (int k = 0; k < 2; ++k)
        for (int j = 0; j < 8; ++j)
            for (int i = 0; i < 16; ++i) v.at(i, j, k) = int16_t(-1500 + i * 200);  // -1500 .. 1500
    return v;
}
}  // namespace

class DisplayTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presetsHaveTheDocumentedWindows() {
        const WindowLevel paper = windowPreset(WindowPreset::PaperLung).window;
        QCOMPARE(paper.low(), -1250.0);
        QCOMPARE(paper.high(), 250.0);
        QCOMPARE(windowPreset(WindowPreset::SlicerLung).window.width, 1400.0);
        QCOMPARE(windowPreset(WindowPreset::SlicerLung).window.level, -500.0);
        QCOMPARE(windowPreset(WindowPreset::Mediastinum).window.width, 350.0);
        QVERIFY(matchingPreset({1400, -500}) == WindowPreset::SlicerLung);
        QVERIFY(matchingPreset({1401, -500}) == WindowPreset::Custom);
    }

    void windowingIsLinearAndClamped() {
        std::vector<int16_t> hu{-2000, -1250, -500, 250, 3000};
        auto out = applyWindow(hu, 5, 1, WindowLevel::fromRange(-1250, 250));
        QCOMPARE(int(out[0]), 0);
        QCOMPARE(int(out[1]), 0);
        QVERIFY(std::abs(int(out[2]) - 128) <= 1);
        QCOMPARE(int(out[3]), 255);
        QCOMPARE(int(out[4]), 255);
        // A narrower window gives more contrast for the same HU step.
        std::vector<int16_t> two{0, 50};
        auto wide = applyWindow(two, 2, 1, {1500, 0});
        auto narrow = applyWindow(two, 2, 1, {350, 40});
        QVERIFY(narrow[1] - narrow[0] > wide[1] - wide[0]);
    }

    void overlayFillsAndOutlines() {
        CtVolume v = rampVolume();
        LabelMap labels(v.geometry(), uint8_t(0));
        for (int j = 2; j < 6; ++j)
            for (int i = 4; i < 10; ++i) labels.at(i, j, 0) = 3;  // 6x4 infection block
        LabelDisplay d;
        d.opacity = 1.0f;
        auto fill = composeSlice(v, &labels, 0, {3000, 0}, d);
        const auto red = d.colours[3];
        auto px = [&](const std::vector<uint8_t>& buf, int i, int j) { return &buf[(size_t(j) * 16 + size_t(i)) * 4]; };
        QCOMPARE(int(px(fill, 6, 3)[0]), int(red[0]));
        QCOMPARE(int(px(fill, 6, 3)[1]), int(red[1]));
        QCOMPARE(int(px(fill, 6, 3)[3]), 255);
        // Outline only: the border of the block is coloured, its inside shows the grey image.
        d.outlineOnly = true;
        auto outline = composeSlice(v, &labels, 0, {3000, 0}, d);
        auto grey = composeSlice(v, nullptr, 0, {3000, 0}, d);
        int coloured = 0;
        for (int j = 0; j < 8; ++j)
            for (int i = 0; i < 16; ++i)
                if (std::memcmp(px(outline, i, j), px(grey, i, j), 3) != 0) ++coloured;
        QCOMPARE(coloured, 2 * 6 + 2 * 4 - 4);  // perimeter pixels of a 6x4 block
        QVERIFY(std::memcmp(px(outline, 6, 3), px(grey, 6, 3), 3) == 0);
        // Hidden label: nothing drawn.
        d.outlineOnly = false;
        d.visible[3] = false;
        QVERIFY(composeSlice(v, &labels, 0, {3000, 0}, d) == grey);
    }

    void dirtyRectangleMatchesFullRedraw() {
        CtVolume v = rampVolume();
        LabelMap labels(v.geometry(), uint8_t(0));
        LabelDisplay d;
        d.outlineOnly = true;
        auto buffer = composeSlice(v, &labels, 0, {1500, -500}, d);
        for (int j = 1; j < 5; ++j)
            for (int i = 3; i < 8; ++i) labels.at(i, j, 0) = 1;
        composeSlice(v, &labels, 0, {1500, -500}, d, buffer.data(), {2, 0, 7, 6});
        QVERIFY(buffer == composeSlice(v, &labels, 0, {1500, -500}, d));
    }

    void transposeSwapsRowsAndColumnsOnEverySlice() {
        ImageGeometry g;
        g.size = {5, 3, 2};
        g.spacing = {0.5, 0.8, 2.0};
        g.origin = {10, 20, 30};
        CtVolume v(g);
        LabelMap l(g);
        for (int k = 0; k < 2; ++k)
            for (int j = 0; j < 3; ++j)
                for (int i = 0; i < 5; ++i) {
                    v.at(i, j, k) = int16_t(-1000 + 100 * k + 10 * j + i);
                    l.at(i, j, k) = uint8_t((i + 2 * j + k) % 4);
                }
        v.provenance.format = "JPEG";
        v.provenance.fromEightBitImage = true;

        const CtVolume t = transposedInPlane(v);
        QCOMPARE(t.columns(), 3);
        QCOMPARE(t.rows(), 5);
        QCOMPARE(t.slices(), 2);
        QCOMPARE(t.geometry().spacing[0], 0.8);
        QCOMPARE(t.geometry().spacing[1], 0.5);
        QCOMPARE(t.geometry().spacing[2], 2.0);
        QCOMPARE(t.geometry().origin[1], 20.0);
        QCOMPARE(t.provenance.format, std::string("JPEG"));
        QVERIFY(t.provenance.fromEightBitImage);
        const LabelMap tl = transposedInPlane(l);
        for (int k = 0; k < 2; ++k)
            for (int j = 0; j < 3; ++j)
                for (int i = 0; i < 5; ++i) {
                    QCOMPARE(t.at(j, i, k), v.at(i, j, k));
                    QCOMPARE(tl.at(j, i, k), l.at(i, j, k));
                }
        // Its own inverse: back to the file's layout exactly.
        QVERIFY(transposedInPlane(t).voxels() == v.voxels());
        QVERIFY(transposedInPlane(t).geometry().sameGrid(v.geometry()));
        // One slice as plain pixels, the way PNG import/export use it.
        const std::vector<uint8_t> slice = l.sliceCopy(1);
        QVERIFY(gan::transposedPixels(slice, 5, 3) == tl.sliceCopy(1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, gan::transposedPixels(slice, 4, 3));
    }

    void phantomLooksLikeALabelledChest() {
        ChestPhantomOptions o;
        o.size = 256;
        o.slices = 12;
        ChestPhantom a = makeChestPhantom(o);
        QVERIFY(a.volume.provenance.synthetic);
        QCOMPARE(a.volume.geometry().size, (std::array<int, 3>{256, 256, 12}));
        QVERIFY(a.labels.geometry().sameGrid(a.volume.geometry()));
        const int k = 6;
        auto counts = a.labels.countsOnSlice(k);
        QVERIFY(counts[1] > 2000 && counts[2] > 2000);  // two sizeable lungs
        QVERIFY(counts[3] > 50);                          // a lesion on the middle slice
        // Mean HU: lungs are air-filled, the body around them soft tissue, outside air.
        double lung = 0, lungN = 0, lesion = 0, lesionN = 0;
        for (int j = 0; j < 256; ++j)
            for (int i = 0; i < 256; ++i) {
                const uint8_t l = a.labels.at(i, j, k);
                if (l == 1 || l == 2) { lung += a.volume.at(i, j, k); ++lungN; }
                if (l == 3) { lesion += a.volume.at(i, j, k); ++lesionN; }
            }
        QVERIFY(lung / lungN < -650);
        QVERIFY(lesion / lesionN > lung / lungN + 150);  // ground glass is denser than lung
        QVERIFY(a.volume.at(2, 2, k) < -900);
        QVERIFY(a.volume.at(142, 169, k) > 0);     // the descending aorta (soft tissue)
        QVERIFY(a.volume.at(128, 188, k) > 150);   // the vertebral body (cancellous bone)
        // Left lung (label 1) lies on the patient's left = image right.
        double x1 = 0, n1 = 0, x2 = 0, n2 = 0;
        for (int j = 0; j < 256; ++j)
            for (int i = 0; i < 256; ++i) {
                if (a.labels.at(i, j, k) == 1) { x1 += i; ++n1; }
                if (a.labels.at(i, j, k) == 2) { x2 += i; ++n2; }
            }
        QVERIFY(x1 / n1 > 128 && x2 / n2 < 128);
        // Deterministic.
        ChestPhantom b = makeChestPhantom(o);
        QVERIFY(a.volume.voxels() == b.volume.voxels());
        QVERIFY(a.labels.voxels() == b.labels.voxels());
    }
};

QTEST_GUILESS_MAIN(DisplayTest)
#include "DisplayTest.moc"
