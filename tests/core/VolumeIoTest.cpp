// Reading every kind of real file in ../shared/data, NIfTI round trips, and clear errors for bad
// input.
#include "TestData.h"
#include "io/VolumeIO.h"

#include <itkImage.h>
#include <itkImageFileWriter.h>
#include <itkRGBPixel.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <filesystem>

using namespace cosingan;
using cosingan::test::sharedData;

namespace {

std::string readError(const QString& path) {
    try {
        readCtVolume(path.toStdString());
    } catch (const IoError& e) {
        return e.what();
    }
    return {};
}

template <typename ImageT>
void writeItk(typename ImageT::Pointer image, const QString& path) {
    auto w = itk::ImageFileWriter<ImageT>::New();
    w->SetInput(image);
    w->SetFileName(path.toStdString());
    w->Update();
}

}  // namespace

class VolumeIoTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsRicordDicomSeries() {
        COSINGAN_REQUIRE_DATA("ricord-ct-series");
        CtVolume v = readCtVolume(sharedData("ricord-ct-series").toStdString());
        const auto& g = v.geometry();
        QCOMPARE(g.size[0], 512);
        QCOMPARE(g.size[1], 512);
        QCOMPARE(g.size[2], 15);
        QVERIFY(std::fabs(g.spacing[0] - 0.703) < 0.001);
        QVERIFY(std::fabs(g.spacing[1] - 0.703) < 0.001);
        QVERIFY(std::fabs(g.spacing[2] - 1.25) < 0.01);
        QCOMPARE(QString::fromStdString(g.orientationCode()), QStringLiteral("LPS"));
        QCOMPARE(QString::fromStdString(v.provenance.format), QStringLiteral("DICOM series"));
        QVERIFY(!v.provenance.spacingAssumed);
        // Real CT in HU: air outside the body near -1000, the lungs well below -500, bone above +500.
        const auto range = v.huRange();
        QVERIFY(range.first <= -1000);
        QVERIFY(range.second >= 500);
        const int16_t corner = v.at(5, 5, 7);
        QVERIFY2(corner < -900, "the corner of a chest CT slice is air");
        // Slices run from inferior to superior.
        QVERIFY(g.indexToPhysical(0, 0, 14)[2] > g.indexToPhysical(0, 0, 0)[2]);
    }

    void readsSingleDicomSlice() {
        COSINGAN_REQUIRE_DATA("lungmask-slice/0.dcm");
        CtVolume v = readCtVolume(sharedData("lungmask-slice/0.dcm").toStdString());
        QCOMPARE(v.geometry().size, (std::array<int, 3>{512, 512, 1}));
        QVERIFY(std::fabs(v.geometry().spacing[0] - 0.625) < 1e-3);
        const auto range = v.huRange();
        QCOMPARE(int(range.first), -2048);
        QCOMPARE(int(range.second), 1502);
    }

    void readsRasNiftiAsCanonicalAxial() {
        COSINGAN_REQUIRE_DATA("totalsegmentator/example_ct.nii.gz");
        CtVolume v = readCtVolume(sharedData("totalsegmentator/example_ct.nii.gz").toStdString());
        const auto& g = v.geometry();
        QCOMPARE(QString::fromStdString(v.provenance.originalOrientation), QStringLiteral("RAS"));
        QCOMPARE(QString::fromStdString(g.orientationCode()), QStringLiteral("LPS"));
        QCOMPARE(g.size[2], 112);  // the axial axis stays the slice axis
        QVERIFY(std::fabs(g.spacing[0] - 3.0) < 1e-3 && std::fabs(g.spacing[2] - 3.0) < 1e-3);
        // Canonical: a larger column index lies towards the patient's left (+x in LPS).
        QVERIFY(g.indexToPhysical(10, 0, 0)[0] > g.indexToPhysical(0, 0, 0)[0]);
        QVERIFY(g.indexToPhysical(0, 10, 0)[1] > g.indexToPhysical(0, 0, 0)[1]);
        const auto range = v.huRange();
        QVERIFY(range.first < -1000 && range.second > 1000);
        QVERIFY(v.huRangeAsRead() == range);  // reoriented, the range found while reading still holds
    }

    void readsEightBitJpegAsLungWindowedHu() {
        COSINGAN_REQUIRE_DATA("infnet-train/images/0.jpg");
        CtVolume v = readCtVolume(sharedData("infnet-train/images/0.jpg").toStdString());
        QCOMPARE(v.geometry().size, (std::array<int, 3>{273, 369, 1}));
        QVERIFY(v.provenance.fromEightBitImage);
        QVERIFY2(v.provenance.spacingAssumed, "a JPEG has no spacing: the 1 mm is marked as assumed");
        const auto range = v.huRange();
        QVERIFY(range.first >= -1250 && range.second <= 250);
        QVERIFY(range.second - range.first > 1000);  // a real slice uses the window
        // The 8-bit value survives the HU round trip exactly.
        for (int v8 : {0, 1, 77, 128, 254, 255}) QCOMPARE(int(huToEightBitLungWindow(eightBitToHu(uint8_t(v8)))), v8);
    }

    void niftiRoundTripKeepsVoxelsAndGeometry() {
        COSINGAN_REQUIRE_DATA("totalsegmentator/example_ct.nii.gz");
        CtVolume v = readCtVolume(sharedData("totalsegmentator/example_ct.nii.gz").toStdString());
        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral("copy.nii.gz"), QStringLiteral("copy.nii")}) {
            const QString out = dir.filePath(name);
            writeCtVolume(v, out.toStdString());
            CtVolume back = readCtVolume(out.toStdString());
            QVERIFY(back.geometry().sameGrid(v.geometry(), 1e-4));
            QVERIFY(back.voxels() == v.voxels());
            // Our int16 files are read in one pass that also finds the HU range.
            QVERIFY(back.provenance.rangeRead);
            QVERIFY(back.huRangeAsRead() == back.huRange());
        }
        LabelMap labels(v.geometry(), uint8_t(0));
        labels.at(3, 4, 5) = 3;
        labels.at(60, 50, 40) = 1;
        const QString lpath = dir.filePath("labels.nii.gz");
        writeLabelMap(labels, lpath.toStdString());
        LabelMap lback = readLabelMap(lpath.toStdString(), &v.geometry());
        QVERIFY(lback.voxels() == labels.voxels());
    }

    void labelMapOnAnotherGridIsRejected() {
        ImageGeometry g;
        g.size = {8, 8, 4};
        LabelMap labels(g, uint8_t(1));
        QTemporaryDir dir;
        const std::string path = dir.filePath("l.nii").toStdString();
        writeLabelMap(labels, path);
        ImageGeometry other = g;
        other.size = {8, 8, 5};
        QVERIFY_THROWS_EXCEPTION(IoError, readLabelMap(path, &other));
        other = g;
        other.origin = {10, 0, 0};
        QVERIFY_THROWS_EXCEPTION(IoError, readLabelMap(path, &other));
        QCOMPARE(int(readLabelMap(path, &g).at(1, 1, 1)), 1);
    }

    void truncatedNiftiGivesClearError() {
        COSINGAN_REQUIRE_DATA("totalsegmentator/example_ct.nii.gz");
        QTemporaryDir dir;
        const QString path = dir.filePath("truncated.nii.gz");
        QFile src(sharedData("totalsegmentator/example_ct.nii.gz"));
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray all = src.readAll();
        QFile dst(path);
        QVERIFY(dst.open(QIODevice::WriteOnly));
        dst.write(all.left(all.size() / 3));
        dst.close();
        const std::string error = readError(path);
        QVERIFY2(!error.empty(), "a truncated file must not load");
        QVERIFY2(error.find("truncated.nii.gz") != std::string::npos, error.c_str());
    }

    void textFileNamedNiiIsRejected() {
        QTemporaryDir dir;
        const QString path = dir.filePath("notes.nii");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a NIfTI image.\n");
        f.close();
        const std::string error = readError(path);
        QVERIFY2(error.find("not an image file") != std::string::npos, error.c_str());
    }

    void fourDimensionalNiftiIsRejected() {
        using Image4 = itk::Image<short, 4>;
        auto img = Image4::New();
        Image4::RegionType region;
        region.SetSize({{6, 5, 4, 3}});
        img->SetRegions(region);
        img->Allocate(true);
        QTemporaryDir dir;
        const QString path = dir.filePath("fmri.nii.gz");
        writeItk<Image4>(img, path);
        const std::string error = readError(path);
        QVERIFY2(error.find("4-D") != std::string::npos, error.c_str());
        QVERIFY2(error.find("6x5x4x3") != std::string::npos, error.c_str());
    }

    void rgbVolumeIsRejected() {
        using Rgb3 = itk::Image<itk::RGBPixel<unsigned char>, 3>;
        auto img = Rgb3::New();
        Rgb3::RegionType region;
        region.SetSize({{6, 5, 4}});
        img->SetRegions(region);
        img->Allocate(true);
        QTemporaryDir dir;
        const QString path = dir.filePath("colour.nii");
        writeItk<Rgb3>(img, path);
        const std::string error = readError(path);
        QVERIFY2(error.find("RGB") != std::string::npos, error.c_str());
    }

    void emptyFolderIsNotADicomSeries() {
        QTemporaryDir dir;
        const std::string error = readError(dir.path());
        QVERIFY2(error.find("No DICOM series") != std::string::npos, error.c_str());
    }

    void missingAndEmptyFiles() {
        QVERIFY(readError(QStringLiteral("/no/such/file.nii.gz")).find("does not exist") != std::string::npos);
        QTemporaryDir dir;
        QFile f(dir.filePath("empty.nii.gz"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(readError(f.fileName()).find("empty") != std::string::npos);
    }

    void writingToAnUnsupportedNameFails() {
        ImageGeometry g;
        g.size = {2, 2, 1};
        CtVolume v(g, int16_t(0));
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(IoError, writeCtVolume(v, dir.filePath("x.png").toStdString()));
        QVERIFY(!std::filesystem::exists(dir.filePath("x.png").toStdString()));
    }
};

QTEST_GUILESS_MAIN(VolumeIoTest)
#include "VolumeIoTest.moc"
