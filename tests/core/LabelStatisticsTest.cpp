// Label statistics against hand-computed values: areas in mm², volumes in mL and HU mean ± sd on
// anisotropic voxels, empty labels, and a slice outside the volume.
#include "image/LabelStatistics.h"

#include <QTest>

#include <cmath>

using namespace cosingan;

class LabelStatisticsTest : public QObject {
    Q_OBJECT

    // 4 x 4 x 2 voxels of 0.5 x 0.5 x 2 mm (0.25 mm² pixels, 0.5 mm³ voxels).
    static ImageGeometry grid() {
        ImageGeometry g;
        g.size = {4, 4, 2};
        g.spacing = {0.5, 0.5, 2.0};
        return g;
    }

private Q_SLOTS:
    void sliceAndVolumeAgreeWithHandComputedValues() {
        CtVolume ct(grid(), int16_t(-1000));
        LabelMap labels(grid(), uint8_t(0));
        // Slice 0: infection on 4 pixels with HU -100, 0, 100, 200 (mean 50, population sd sqrt(12500)).
        const int16_t hu[4] = {-100, 0, 100, 200};
        for (int i = 0; i < 4; ++i) {
            labels.at(i, 0, 0) = 3;
            ct.at(i, 0, 0) = hu[i];
        }
        // Slice 1: infection on 2 pixels of 50 HU; left lung on 6 pixels of -850 HU.
        labels.at(0, 0, 1) = labels.at(1, 0, 1) = 3;
        ct.at(0, 0, 1) = ct.at(1, 0, 1) = 50;
        for (int i = 0; i < 3; ++i)
            for (int j = 2; j < 4; ++j) {
                labels.at(i, j, 1) = 1;
                ct.at(i, j, 1) = -850;
            }

        const LabelMeasures s0 = measureSlice(ct, labels, 0);
        QCOMPARE(s0[3].voxels, size_t(4));
        QCOMPARE(s0[3].areaMm2, 1.0);
        QCOMPARE(s0[3].huMean, 50.0);
        QVERIFY(std::abs(s0[3].huSd - std::sqrt(12500.0)) < 1e-6);
        QCOMPARE(s0[1].voxels, size_t(0));
        QCOMPARE(s0[1].huMean, 0.0);
        QCOMPARE(s0[0].voxels, size_t(12));
        QCOMPARE(s0[0].huMean, -1000.0);

        const LabelMeasures v = measureVolume(ct, labels);
        QCOMPARE(v[3].voxels, size_t(6));
        QCOMPARE(v[3].volumeMl, 6 * 0.5 / 1000.0);
        QCOMPARE(v[3].huMean, 50.0);  // (-100 + 0 + 100 + 200 + 50 + 50) / 6
        const double var = (150.0 * 150 + 50.0 * 50 + 50.0 * 50 + 150.0 * 150 + 0 + 0) / 6;
        QVERIFY(std::abs(v[3].huSd - std::sqrt(var)) < 1e-6);
        QCOMPARE(v[1].voxels, size_t(6));
        QCOMPARE(v[1].huMean, -850.0);
        QVERIFY(v[1].huSd < 1e-6);
        QCOMPARE(v[1].volumeMl, 0.003);
    }

    void refusesWhatCannotBeMeasured() {
        CtVolume ct(grid(), int16_t(0));
        LabelMap labels(grid(), uint8_t(0));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, measureSlice(ct, labels, 2));
        ImageGeometry other = grid();
        other.size = {4, 4, 3};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, measureVolume(ct, LabelMap(other, uint8_t(0))));
    }
};

QTEST_GUILESS_MAIN(LabelStatisticsTest)
#include "LabelStatisticsTest.moc"
