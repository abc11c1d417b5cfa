// Image-file cases of the corpus: NIfTI, DICOM (files and series), PNG/JPEG, and special paths.
#include "BadInputCorpus.h"

#include "BadInputFactory.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>

#include <cmath>
#include <filesystem>
#include <limits>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace cosingan::test {

std::vector<CorpusCase> modelCorpus(const QString& dir, const QString& cli);  // BadInputCorpusModels.cpp

QStringList rawLibraryPatterns() {
    return {QStringLiteral("(-215"), QStringLiteral("Assertion"), QStringLiteral("itk::"), QStringLiteral("stoi"),
            QStringLiteral("terminate called"), QStringLiteral("what():"), QStringLiteral("c10::"),
            QStringLiteral("std::"), QStringLiteral("gdcm::"), QStringLiteral("cv::"), QStringLiteral("filesystem error"),
            QStringLiteral("Exception thrown"), QStringLiteral("Aborted")};
}

namespace {

std::string at(const QString& dir, const char* name) { return QDir(dir).filePath(QString::fromUtf8(name)).toStdString(); }

CorpusCase openCase(const QString& name, const std::string& path, QStringList keywords, int exitCode = 1) {
    const QString p = QString::fromStdString(path);
    return {name, {QStringLiteral("info"), p}, exitCode, keywords, p, {}};
}

std::vector<char> floats(size_t n, float v) {
    std::vector<char> d(n * 4);
    for (size_t i = 0; i < n; ++i) std::memcpy(&d[i * 4], &v, 4);
    return d;
}

void niftiCases(const QString& d, std::vector<CorpusCase>& c) {
    NiftiSpec good;
    writeNifti(at(d, "good.nii.gz"), [&] { NiftiSpec s = good; s.gzip = true; return s; }());
    writeNifti(at(d, "trunc.nii.gz"), [&] { NiftiSpec s = good; s.gzip = true; return s; }());
    truncateFile(at(d, "trunc.nii.gz"), 0.6);
    c.push_back(openCase("NIfTI gzip truncated", at(d, "trunc.nii.gz"), {"truncated", "damaged"}));
    writeNifti(at(d, "trunc.nii"), good);
    truncateFile(at(d, "trunc.nii"), 0.7);
    c.push_back(openCase("NIfTI truncated", at(d, "trunc.nii"), {"truncated"}));
    writeBytes(at(d, "garbage.nii.gz"), std::string(3000, 'x'));
    c.push_back(openCase("NIfTI name, garbage bytes", at(d, "garbage.nii.gz"), {"not an image", "damaged", "cannot"}));
    writeBytes(at(d, "empty.nii"), "");
    c.push_back(openCase("empty .nii", at(d, "empty.nii"), {"empty"}));
    writeNifti(at(d, "4d.nii"), [&] { NiftiSpec s = good; s.dims = {16, 16, 4, 3}; return s; }());
    c.push_back(openCase("4-D NIfTI", at(d, "4d.nii"), {"4-D"}));
    writeNifti(at(d, "rgb.nii"), [&] { NiftiSpec s = good; s.datatype = 128; s.bitpix = 24; return s; }());
    c.push_back(openCase("RGB NIfTI", at(d, "rgb.nii"), {"RGB", "values per voxel"}));
    writeNifti(at(d, "negdim.nii"), [&] { NiftiSpec s = good; s.dims = {16, -16, 4}; s.data.assign(16 * 16 * 4 * 2, 0); return s; }());
    c.push_back(openCase("negative NIfTI dimension", at(d, "negdim.nii"), {"sizes must be positive"}));
    writeNifti(at(d, "dim0.nii"), [&] { NiftiSpec s = good; s.dim0 = 0; return s; }());
    c.push_back(openCase("NIfTI with 0 dimensions", at(d, "dim0.nii"), {"dimensions"}));
    writeNifti(at(d, "bitpix.nii"), [&] { NiftiSpec s = good; s.bitpix = 0; s.data.assign(16 * 16 * 4 * 2, 0); return s; }());
    c.push_back(openCase("NIfTI with 0 bits per voxel", at(d, "bitpix.nii"), {"bits per voxel"}));
    const double bad[] = {std::nan(""), 0.0, std::numeric_limits<double>::infinity()};
    const char* names[] = {"nan-spacing.nii", "zero-spacing.nii", "inf-spacing.nii"};
    for (int i = 0; i < 3; ++i) {
        writeNifti(at(d, names[i]), [&] { NiftiSpec s = good; s.spacing[1] = bad[i]; return s; }());
        c.push_back(openCase(QStringLiteral("NIfTI spacing %1").arg(bad[i]), at(d, names[i]), {"spacing"}));
    }
    writeNifti(at(d, "allnan.nii"), [&] { NiftiSpec s = good; s.datatype = 16; s.bitpix = 32; s.data = floats(16 * 16 * 4, std::nanf("")); return s; }());
    c.push_back(openCase("all-NaN float NIfTI", at(d, "allnan.nii"), {"no numbers"}));
    writeNifti(at(d, "huge.nii"), [&] { NiftiSpec s = good; s.dims = {512, 512, 400}; s.data.assign(1000, 0); return s; }());
    c.push_back(openCase("NIfTI announcing far more voxels than it holds", at(d, "huge.nii"), {"truncated"}));
    writeNifti(at(d, "complex.nii"), [&] { NiftiSpec s = good; s.datatype = 32; s.bitpix = 64; return s; }());
    c.push_back(openCase("complex-valued NIfTI", at(d, "complex.nii"), {"values per voxel", "complex", "cannot", "not an image"}));
    writeNifti(at(d, "datatype.nii"), [&] { NiftiSpec s = good; s.datatype = 9999; return s; }());
    c.push_back(openCase("NIfTI with an unknown data type", at(d, "datatype.nii"), {"data type", "cannot", "not an image"}));
    writeNifti(at(d, "1d.nii"), [&] { NiftiSpec s = good; s.dims = {256}; return s; }());
    c.push_back(openCase("1-D NIfTI", at(d, "1d.nii"), {"fewer than two dimensions", "dimensions"}));
    // Valid files that were refused before: scaled uint16 (intercept -1024) and NIfTI-2.
    writeNifti(at(d, "scaled.nii.gz"), [&] {
        NiftiSpec s = good;
        s.datatype = 512;
        s.sclInter = -1024;
        s.gzip = true;
        for (uint16_t v = 0; v < 16 * 16 * 4; ++v) {
            const uint16_t raw = uint16_t(v * 2);  // 0 .. 2046 -> -1024 .. 1022 HU
            s.data.push_back(char(raw & 0xFF));
            s.data.push_back(char(raw >> 8));
        }
        return s;
    }());
    c.push_back({"uint16 NIfTI with scl_inter -1024 (valid)", {"info", QString::fromStdString(at(d, "scaled.nii.gz"))}, 0,
                 {"-1024 .. 1022"}, QString::fromStdString(at(d, "scaled.nii.gz")), {}});
    writeNifti(at(d, "v2.nii.gz"), [&] { NiftiSpec s = good; s.version = 2; s.gzip = true; return s; }());
    c.push_back({"NIfTI-2 (valid)", {"info", QString::fromStdString(at(d, "v2.nii.gz"))}, 0, {"NIfTI-2"},
                 QString::fromStdString(at(d, "v2.nii.gz")), {}});
    // A lesion mask volume (values 0/1) given as the training CT.
    writeNifti(at(d, "lesions.nii.gz"), [&] {
        NiftiSpec s = good;
        s.datatype = 2;
        s.bitpix = 8;
        s.gzip = true;
        s.data.assign(16 * 16 * 4, 0);
        for (size_t i = 100; i < 140; ++i) s.data[i] = 1;
        return s;
    }());
    c.push_back({"lesion mask volume given as the CT", {"train", QString::fromStdString(at(d, "lesions.nii.gz")), "--slice", "1",
                 "--preset", "tiny", "--out", QString::fromStdString(at(d, "never-model"))}, 1, {"label map"},
                 QString::fromStdString(at(d, "lesions.nii.gz")), {}});
}

void dicomCases(const QString& d, const QString& shared, std::vector<CorpusCase>& c) {
    const std::string ricord = QDir(shared).filePath(QStringLiteral("ricord-ct-series/1-040.dcm")).toStdString();
    DicomSpec dose;
    dose.sopClass = "1.2.840.10008.5.1.4.1.1.481.2";
    dose.modality = "RTDOSE";
    dose.rows = dose.columns = 10;
    dose.extraText = {"3004,000c=DS=0", "3004,000e=DS=0.001", "0028,0008=IS=1"};
    writeDicom(at(d, "rtdose.dcm"), dose);
    c.push_back(openCase("single-frame RT dose", at(d, "rtdose.dcm"), {"RT dose"}));
    DicomSpec plan;
    plan.sopClass = "1.2.840.10008.5.1.4.1.1.481.5";
    plan.modality = "RTPLAN";
    plan.pixelData = false;
    writeDicom(at(d, "rtplan.dcm"), plan);
    c.push_back(openCase("RT plan", at(d, "rtplan.dcm"), {"RT plan"}));
    DicomSpec sr = plan;
    sr.sopClass = "1.2.840.10008.5.1.4.1.1.88.22";
    sr.modality = "SR";
    writeDicom(at(d, "sr.dcm"), sr);
    c.push_back(openCase("structured report", at(d, "sr.dcm"), {"structured report"}));
    DicomSpec zeroSpacing;
    zeroSpacing.extraText = {"0028,0030=DS=0\\0"};
    writeDicom(at(d, "zero-spacing.dcm"), zeroSpacing);
    c.push_back(openCase("DICOM with pixel spacing 0", at(d, "zero-spacing.dcm"), {"spacing"}));
    DicomSpec nopixels;
    nopixels.pixelData = false;
    writeDicom(at(d, "ct-nopixels.dcm"), nopixels);
    c.push_back(openCase("CT object without pixel data", at(d, "ct-nopixels.dcm"), {"holds no image"}));
    writeDicom(at(d, "ct-trunc.dcm"), DicomSpec());
    truncateFile(at(d, "ct-trunc.dcm"), 0.6);
    c.push_back(openCase("uncompressed CT, truncated", at(d, "ct-trunc.dcm"), {"truncated", "damaged", "cannot be read"}));
    copyFile(ricord, at(d, "jpeg-trunc.dcm"));
    truncateFile(at(d, "jpeg-trunc.dcm"), 0.5);
    c.push_back(openCase("JPEG-lossless CT, truncated", at(d, "jpeg-trunc.dcm"), {"damaged", "truncated"}));
    copyFile(ricord, at(d, "rows.dcm"));
    xorByte(at(d, "rows.dcm"), findBytes(at(d, "rows.dcm"), std::string("\x28\x00\x10\x00US\x02\x00", 8)) + 9, 0xFF);
    c.push_back(openCase("flipped byte in Rows", at(d, "rows.dcm"), {"damaged"}));
    copyFile(ricord, at(d, "sof.dcm"));
    xorByte(at(d, "sof.dcm"), findBytes(at(d, "sof.dcm"), "\xff\xc3") + 5, 0xFF);
    c.push_back(openCase("flipped byte in the JPEG frame header", at(d, "sof.dcm"), {"damaged"}));
    copyFile(ricord, at(d, "stream.dcm"));
    const size_t sos = findBytes(at(d, "stream.dcm"), "\xff\xda");
    for (size_t k = sos + 200; k < sos + 260; ++k) xorByte(at(d, "stream.dcm"), k, 0x5A);
    c.push_back(openCase("corrupt JPEG-lossless stream", at(d, "stream.dcm"), {"damaged"}));
    writeBytes(at(d, "garbage.dcm"), std::string(128, '\0') + "DICM" + std::string(500, '\x7f'));
    c.push_back(openCase("DICOM preamble, garbage after it", at(d, "garbage.dcm"), {"cannot be read", "damaged"}));
    writeBytes(at(d, "preamble-only.dcm"), std::string(128, '\0') + "DICM");
    c.push_back(openCase("DICOM preamble only", at(d, "preamble-only.dcm"), {"cannot be read", "damaged"}));

    // Series folders.
    const QString series = QDir(d).filePath(QStringLiteral("series-trunc"));
    fs::create_directories(series.toStdString());
    for (const auto& e : fs::directory_iterator(QDir(shared).filePath(QStringLiteral("ricord-ct-series")).toStdString()))
        copyFile(e.path().string(), (fs::path(series.toStdString()) / e.path().filename()).string());
    truncateFile((fs::path(series.toStdString()) / "1-043.dcm").string(), 0.4);
    c.push_back({"series with one truncated slice", {"info", series}, 1, {"damaged", "truncated"}, series, {}});
    const QString mixed = QDir(d).filePath(QStringLiteral("series-mixed"));
    fs::create_directories(mixed.toStdString());
    for (int k = 0; k < 3; ++k) {
        DicomSpec s;
        s.z = k * 2.0;
        if (k == 1) s.rows = s.columns = 48;
        writeDicom((fs::path(mixed.toStdString()) / ("s" + std::to_string(k) + ".dcm")).string(), s);
    }
    c.push_back({"series mixing slice sizes", {"info", mixed}, 1, {"mixes slice sizes", "sizes"}, mixed, {}});
    const QString empty = QDir(d).filePath(QStringLiteral("empty-folder"));
    fs::create_directories(empty.toStdString());
    c.push_back({"empty folder", {"info", empty}, 1, {"No DICOM series"}, empty, {}});
    const QString text = QDir(d).filePath(QStringLiteral("text-folder"));
    fs::create_directories(text.toStdString());
    writeBytes((fs::path(text.toStdString()) / "notes.txt").string(), "not DICOM");
    c.push_back({"folder of non-DICOM files", {"info", text}, 1, {"No DICOM series"}, text, {}});
    const QString fifoFolder = QDir(d).filePath(QStringLiteral("fifo-folder"));
    fs::create_directories(fifoFolder.toStdString());
    ::mkfifo((fs::path(fifoFolder.toStdString()) / "x.dcm").c_str(), 0644);
    c.push_back({"folder holding a FIFO named like DICOM", {"info", fifoFolder}, 1, {"FIFO"}, fifoFolder, {}});
}

void plainImageCases(const QString& d, std::vector<CorpusCase>& c) {
    cv::imwrite(at(d, "1x1.png"), cv::Mat(1, 1, CV_8U, cv::Scalar(100)));
    c.push_back(openCase("1x1 PNG", at(d, "1x1.png"), {"too small"}));
    cv::imwrite(at(d, "1x300.png"), cv::Mat(1, 300, CV_8U, cv::Scalar(100)));
    c.push_back(openCase("1x300 PNG", at(d, "1x300.png"), {"too small"}));
    cv::imwrite(at(d, "16bit.png"), cv::Mat(64, 64, CV_16U, cv::Scalar(3000)));
    c.push_back(openCase("16-bit PNG", at(d, "16bit.png"), {"16-bit"}));
    cv::Mat ramp(64, 64, CV_8U);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) ramp.at<uint8_t>(y, x) = uint8_t(x * 4);
    cv::imwrite(at(d, "trunc.png"), ramp);
    truncateFile(at(d, "trunc.png"), 0.5);
    c.push_back(openCase("truncated PNG", at(d, "trunc.png"), {"damaged", "cannot", "not an image"}));
    cv::Mat noise(128, 128, CV_8U);
    cv::randu(noise, 0, 255);
    cv::imwrite(at(d, "trunc.jpg"), noise);
    truncateFile(at(d, "trunc.jpg"), 0.5);
    c.push_back(openCase("truncated JPEG", at(d, "trunc.jpg"), {"damaged", "truncated", "cannot"}));
    writeBytes(at(d, "garbage.png"), std::string(2000, 'g'));
    c.push_back(openCase("garbage named .png", at(d, "garbage.png"), {"not an image"}));
    ::mkfifo(at(d, "fifo.png").c_str(), 0644);
    c.push_back(openCase("FIFO named like an image", at(d, "fifo.png"), {"FIFO"}));
    fs::create_symlink(at(d, "loop-b.png"), at(d, "loop-a.png"));
    fs::create_symlink(at(d, "loop-a.png"), at(d, "loop-b.png"));
    c.push_back(openCase("symbolic link loop", at(d, "loop-a.png"), {"loop of symbolic links"}));
    c.push_back(openCase("missing file", at(d, "no-such-file.nii.gz"), {"does not exist"}));
    fs::create_symlink(at(d, "gone.png"), at(d, "dangling.png"));
    c.push_back(openCase("dangling symbolic link", at(d, "dangling.png"), {"does not exist"}));
}

}  // namespace

std::vector<CorpusCase> buildCorpus(const QString& folder, const QString& cli, const QString& shared) {
    std::vector<CorpusCase> cases;
    niftiCases(folder, cases);
    dicomCases(folder, shared, cases);
    plainImageCases(folder, cases);
    const auto more = modelCorpus(folder, cli);
    cases.insert(cases.end(), more.begin(), more.end());
    return cases;
}

}  // namespace cosingan::test
