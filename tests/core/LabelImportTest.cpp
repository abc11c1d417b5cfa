// Importing a mask into labels that already exist: a binary mask merged as infection keeps the
// lungs, as lungs it is split by side, the masking policy is obeyed and counted, and a tool gesture
// that changes nothing says why.
#include "annotate/LabelEditor.h"
#include "annotate/LabelImport.h"

#include <QTest>

using namespace cosingan;

namespace {

constexpr int N = 40;

// Lungs: columns 4..17 right lung (2), 22..35 left lung (1), rows 5..34; HU -800 in the lungs, 40 elsewhere.
struct Chest {
    std::vector<uint8_t> labels = std::vector<uint8_t>(N * N, 0);
    std::vector<int16_t> hu = std::vector<int16_t>(N * N, 40);
    Chest() {
        for (int y = 5; y < 35; ++y)
            for (int x = 4; x < 36; ++x) {
                if (x >= 18 && x < 22) continue;
                labels[size_t(y * N + x)] = x < 18 ? 2 : 1;
                hu[size_t(y * N + x)] = -800;
            }
    }
};

// A mask of the square [x0, x1) x [y0, y1) with value v.
std::vector<uint8_t> square(int x0, int x1, int y0, int y1, uint8_t v = 255) {
    std::vector<uint8_t> m(N * N, 0);
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) m[size_t(y * N + x)] = v;
    return m;
}

}  // namespace

class LabelImportTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void infectionMaskKeepsTheLungs() {
        Chest c;
        const std::vector<uint8_t> before = c.labels;
        const auto mask = square(8, 14, 10, 20);  // 60 px inside the right lung
        const ImportSummary s = mergeImportedSlice(c.labels, mask, c.hu.data(), N, N, ImportAs::Infection, {});
        QCOMPARE(s.gained[3], size_t(60));
        QCOMPARE(s.changed(), size_t(60));
        for (size_t i = 0; i < mask.size(); ++i) QCOMPARE(c.labels[i], mask[i] ? uint8_t(3) : before[i]);
        QVERIFY(QString::fromStdString(s.describe()).contains(QStringLiteral("+60 infection")));
    }

    void policyDecidesAndIsCounted() {
        Chest c;
        MaskingPolicy lungsOnly;
        lungsOnly.paintOver = PaintOver::LungsOnly;
        // 10 columns: 4 in the gap between the lungs (background), 6 in the left lung, 10 rows.
        const auto mask = square(18, 28, 10, 20);
        const ImportSummary s = mergeImportedSlice(c.labels, mask, c.hu.data(), N, N, ImportAs::Infection, lungsOnly);
        QCOMPARE(s.gained[3], size_t(60));
        QCOMPARE(s.refused, size_t(40));
        QCOMPARE(int(c.labels[size_t(15 * N + 19)]), 0);
        QVERIFY(QString::fromStdString(s.describe()).contains(QStringLiteral("40 kept by the masking policy")));
        // The HU range: soft tissue (40 HU) outside -1000..-100 is refused too.
        Chest d;
        MaskingPolicy range;
        range.rangeEnabled = true;
        const ImportSummary r = mergeImportedSlice(d.labels, mask, d.hu.data(), N, N, ImportAs::Infection, range);
        QCOMPARE(r.refused, size_t(40));
    }

    void lungMaskIsSplitBySide() {
        std::vector<uint8_t> labels(N * N, 0);
        std::vector<int16_t> hu(N * N, -800);
        std::vector<uint8_t> mask = square(4, 16, 5, 35);
        const auto left = square(24, 36, 5, 35);
        for (size_t i = 0; i < mask.size(); ++i) mask[i] |= left[i];
        const ImportSummary s = mergeImportedSlice(labels, mask, hu.data(), N, N, ImportAs::Lungs, {});
        QCOMPARE(s.gained[2], size_t(12 * 30));  // image left = patient's right
        QCOMPARE(s.gained[1], size_t(12 * 30));
        QCOMPARE(int(labels[size_t(20 * N + 10)]), 2);
        QCOMPARE(int(labels[size_t(20 * N + 30)]), 1);
    }

    void labelMapReplacesWhatItCovers() {
        Chest c;
        const auto map = square(8, 14, 10, 20, 3);
        const ImportSummary s = mergeImportedSlice(c.labels, map, c.hu.data(), N, N, ImportAs::LabelMap, {});
        QCOMPARE(s.gained[3], size_t(60));
        QVERIFY(s.gained[0] > 600);  // the lungs the map does not hold are cleared: it is a whole map
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 mergeImportedSlice(c.labels, square(0, 2, 0, 2, 9), c.hu.data(), N, N, ImportAs::LabelMap, {}));
    }

    void guessesWhatAMaskIs() {
        const std::vector<uint8_t> ones{0, 1, 1}, twos{0, 3}, bytes{0, 255};
        QCOMPARE(guessImportAs("/data/study_0255_mask.nii.gz", ones), ImportAs::Infection);
        QCOMPARE(guessImportAs("/data/infection/10.png", bytes), ImportAs::Infection);
        QCOMPARE(guessImportAs("/data/lungs/10.png", bytes), ImportAs::Lungs);
        QCOMPARE(guessImportAs("/data/demo-labels.nii.gz", ones), ImportAs::LabelMap);
        QCOMPARE(guessImportAs("/data/x.png", twos), ImportAs::LabelMap);
        QVERIFY(isBinaryMask(bytes));
        QVERIFY(!isBinaryMask(std::vector<uint8_t>{0, 1, 2}));
        QVERIFY(!isBinaryMask(std::vector<uint8_t>{0, 0}));
    }

    void aRefusedGestureSaysWhy() {
        ImageGeometry g;
        g.size = {N, N, 1};
        CtVolume ct(g, int16_t(40));
        LabelMap labels(g, uint8_t(0));
        LabelEditor e;
        e.attach(&ct, &labels);
        e.setTool(ToolKind::Fill);
        e.setActiveLabel(3);
        MaskingPolicy p;
        p.rangeEnabled = true;
        e.policy() = p;
        e.press(0, {10.5, 10.5}, false);
        e.release({10.5, 10.5});
        QCOMPARE(labels.countsOnSlice(0)[3], size_t(0));
        QVERIFY2(QString::fromStdString(e.lastRefusal()).contains(QStringLiteral("40 HU, outside the editable range -1000..-100")),
                 e.lastRefusal().c_str());
        e.policy().rangeEnabled = false;
        e.press(0, {10.5, 10.5}, false);
        e.release({10.5, 10.5});
        QCOMPARE(labels.countsOnSlice(0)[3], size_t(N * N));
        QVERIFY(e.lastRefusal().empty());
        e.press(0, {10.5, 10.5}, false);  // filling infection with infection
        e.release({10.5, 10.5});
        QVERIFY(QString::fromStdString(e.lastRefusal()).contains(QStringLiteral("already infection")));
        e.policy().paintOver = PaintOver::BackgroundOnly;
        e.setActiveLabel(1);
        e.press(0, {10.5, 10.5}, false);
        e.release({10.5, 10.5});
        QVERIFY(QString::fromStdString(e.lastRefusal()).contains(QStringLiteral("paint-over rule allows only background")));
    }
};

QTEST_GUILESS_MAIN(LabelImportTest)
#include "LabelImportTest.moc"
