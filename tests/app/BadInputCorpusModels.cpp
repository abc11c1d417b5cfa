// Cases of the corpus that need a model or the engine: masks, numeric options, model folders,
// resume, and session files (the app's loader).
#include "BadInputCorpus.h"

#include "BadInputFactory.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QProcess>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <sys/stat.h>

namespace fs = std::filesystem;

namespace cosingan::test {

namespace {

QString at(const QString& dir, const QString& name) { return QDir(dir).filePath(name); }
std::string s(const QString& q) { return q.toStdString(); }

// A 64 x 64 chest-like slice: body, two lungs, a lesion; labels 0..3 beside it.
void writeTrainingSlice(const QString& image, const QString& labels) {
    cv::Mat img(64, 64, CV_8U, cv::Scalar(10)), lab(64, 64, CV_8U, cv::Scalar(0));
    cv::ellipse(img, {32, 32}, {28, 24}, 0, 0, 360, cv::Scalar(170), -1);
    for (int side = 0; side < 2; ++side) {
        const cv::Point centre(side ? 44 : 20, 32);
        cv::ellipse(img, centre, {9, 16}, 0, 0, 360, cv::Scalar(45), -1);
        cv::ellipse(lab, centre, {9, 16}, 0, 0, 360, cv::Scalar(side ? 1 : 2), -1);
    }
    cv::circle(img, {20, 36}, 4, cv::Scalar(125), -1);
    cv::circle(lab, {20, 36}, 4, cv::Scalar(3), -1);
    cv::imwrite(s(image), img);
    cv::imwrite(s(labels), lab);
}

void run(const QString& cli, const QStringList& args) {
    QProcess p;
    p.start(cli, args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        throw std::runtime_error("setting up the corpus failed: cosingan " + args.join(' ').toStdString() + "\n" +
                                 p.readAllStandardError().toStdString());
}

void maskCases(const QString& d, const QString& model, std::vector<CorpusCase>& c) {
    auto generate = [&](const QString& name, const QString& mask, QStringList keywords, QStringList extra = {}, int code = 1) {
        QStringList args{"generate", "--model", model, "--mask", mask, "--out", at(d, "gen-" + name)};
        c.push_back({name, args + extra, code, keywords, {}, {}});
    };
    cv::Mat zero(64, 64, CV_8U, cv::Scalar(0));
    cv::imwrite(s(at(d, "mask-empty.png")), zero);
    generate("mask without any label", at(d, "mask-empty.png"), {"empty"});
    cv::Mat infection = zero.clone();
    cv::circle(infection, {30, 30}, 6, cv::Scalar(3), -1);
    cv::imwrite(s(at(d, "mask-infection-only.png")), infection);
    generate("infection-only mask", at(d, "mask-infection-only.png"), {"no lungs"});
    cv::Mat binary = zero.clone();
    cv::circle(binary, {30, 30}, 6, cv::Scalar(1), -1);
    cv::imwrite(s(at(d, "mask-binary.png")), binary);
    generate("binary 0/1 lesion mask", at(d, "mask-binary.png"), {"binary lesion mask"});
    cv::Mat odd = zero.clone();
    cv::circle(odd, {30, 30}, 6, cv::Scalar(5), -1);
    cv::imwrite(s(at(d, "mask-values.png")), odd);
    generate("mask with values 0 and 5", at(d, "mask-values.png"), {"neither a label map"});
    cv::imwrite(s(at(d, "mask-1xN.png")), cv::Mat(1, 64, CV_8U, cv::Scalar(1)));
    generate("1x64 mask", at(d, "mask-1xN.png"), {"too small", "binary"});
    cv::imwrite(s(at(d, "mask-16bit.png")), cv::Mat(64, 64, CV_16U, cv::Scalar(1)));
    generate("16-bit mask", at(d, "mask-16bit.png"), {"16-bit"});
    cv::Mat colour(64, 64, CV_8UC3, cv::Scalar(0, 0, 0));
    cv::circle(colour, {30, 30}, 6, cv::Scalar(0, 0, 255), -1);
    cv::imwrite(s(at(d, "mask-colour.png")), colour);
    generate("colour mask", at(d, "mask-colour.png"), {"colour"});
    NiftiSpec lesions;
    lesions.datatype = 2;
    lesions.bitpix = 8;
    lesions.dims = {64, 64, 3};
    lesions.data.assign(64 * 64 * 3, 0);
    for (size_t i = 5000; i < 5100; ++i) lesions.data[i] = 1;
    writeNifti(s(at(d, "mosmed-like.nii.gz")), [&] { NiftiSpec n = lesions; n.gzip = true; return n; }());
    generate("MosMed-like 0/1 lesion volume as masks", at(d, "mosmed-like.nii.gz"), {"binary lesion mask"});
    ::mkfifo(s(at(d, "mask-fifo.png")).c_str(), 0644);
    generate("FIFO as mask", at(d, "mask-fifo.png"), {"FIFO"});
    generate("--count without a diversity option", at(d, "labels.png"), {"identical"}, {"--count", "4"}, 2);
    generate("--dropout on generators without dropout", at(d, "labels.png"), {"no dropout"}, {"--dropout"}, 2);
    generate("--slices with letters", at(d, "mosmed-like.nii.gz"), {"--slices"}, {"--slices", "a:b"}, 2);
    generate("--scale -7", at(d, "labels.png"), {"--scale"}, {"--scale", "-7"}, 2);
    generate("--beta-alpha -1", at(d, "labels.png"), {"--beta-alpha"}, {"--fuse", model, "--beta-alpha", "-1"}, 2);
    generate("--zeta 2", at(d, "labels.png"), {"--zeta"}, {"--fuse", model, "--zeta", "2"}, 2);
    generate("--seed -5", at(d, "labels.png"), {"--seed"}, {"--seed", "-5"}, 2);
    generate("--batch 0", at(d, "labels.png"), {"--batch"}, {"--batch", "0"}, 2);
    generate("--rc-deltas nonsense", at(d, "labels.png"), {"--rc-deltas"}, {"--rc", "--rc-deltas", "x"}, 2);
}

void trainOptionCases(const QString& d, std::vector<CorpusCase>& c) {
    const QStringList base{"train", at(d, "slice.png"), "--labels", at(d, "labels.png"), "--out", at(d, "opt-model")};
    auto option = [&](const QString& name, QStringList extra, QStringList keywords) {
        c.push_back({name, base + extra, 2, keywords, {}, {}});
    };
    option("train --batch 0", {"--batch", "0"}, {"--batch"});
    option("train --scales -7", {"--scales", "-7"}, {"--scales"});
    option("train --threads abc", {"--threads", "abc"}, {"--threads"});
    option("train --seed -5", {"--seed", "-5"}, {"--seed"});
    option("train --stage1-iterations 0", {"--stage1-iterations", "0"}, {"--stage1-iterations"});
    option("train --preset nonsense", {"--preset", "nonsense"}, {"unknown preset"});
    option("train --upsampling sideways", {"--upsampling", "sideways"}, {"upsampling"});
    writeBytes(s(at(d, "config-broken.json")), "{\"scales\": [");
    option("train --config with broken JSON", {"--config", at(d, "config-broken.json")}, {"configuration"});
    c.push_back({"train without --out", {"train", at(d, "slice.png"), "--labels", at(d, "labels.png")}, 2, {"--out"}, {}, {}});
    c.push_back({"unknown option", {"train", at(d, "slice.png"), "--frobnicate", "1"}, 2, {"unknown option"}, {}, {}});
    c.push_back({"--labels is a folder", {"train", at(d, "slice.png"), "--labels", d, "--out", at(d, "m2")}, 1, {"folder"}, {}, {}});
    c.push_back({"info --help", {"info", "--help"}, 0, {"usage"}, {}, {}});
    const QStringList evaluate{"evaluate", "--train", d, "--test", d};
    c.push_back({"evaluate --real-share without --mixed", evaluate + QStringList{"--real-share", "0.5"}, 2, {"--mixed"}, {}, {}});
    c.push_back({"evaluate --real-share 1", evaluate + QStringList{"--baseline-real", d, "--mixed", "--real-share", "1"}, 2,
                 {"--real-share"}, {}, {}});
}

void modelFolderCases(const QString& d, const QString& model, std::vector<CorpusCase>& c) {
    auto generateWith = [&](const QString& name, const QString& folder, QStringList keywords) {
        c.push_back({name, {"generate", "--model", folder, "--mask", at(d, "labels.png"), "--out", at(d, "gen-m")}, 1, keywords, {}, {}});
    };
    writeBytes(s(at(d, "model-file")), "x");
    generateWith("model path is a file", at(d, "model-file"), {"is a file, not a model folder"});
    generateWith("model folder missing", at(d, "no-model"), {"does not exist"});
    fs::create_directories(s(at(d, "not-a-model")));
    generateWith("folder without manifest", at(d, "not-a-model"), {"no manifest"});
    const fs::path m = s(model);
    fs::copy(m, s(at(d, "flipped-model")), fs::copy_options::recursive);
    xorByte(s(at(d, "flipped-model")) + "/generators/scale1.pt", 700, 0x5A);
    generateWith("damaged weights", at(d, "flipped-model"), {"damaged"});
    fs::create_directories(s(at(d, "foreign-model")));
    writeBytes(s(at(d, "foreign-model")) + "/manifest.json", "{\"format\": \"something-else\"}");
    generateWith("foreign manifest", at(d, "foreign-model"), {"another kind"});
    fs::copy(m, s(at(d, "broken-manifest")), fs::copy_options::recursive);
    writeBytes(s(at(d, "broken-manifest")) + "/manifest.json", "{\"format\": ");
    generateWith("truncated manifest", at(d, "broken-manifest"), {"damaged"});
    c.push_back({"--resume a finished model", {"train", "--resume", "--out", model}, 1, {"finished"}, {}, {}});
    c.push_back({"--resume where there is nothing", {"train", "--resume", "--out", at(d, "nothing")}, 1, {"does not exist"}, {}, {}});
    fs::copy(m, s(at(d, "unfinished")), fs::copy_options::recursive);
    {
        const std::string manifest = s(at(d, "unfinished")) + "/manifest.json";
        std::ifstream in(manifest);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto replace = [&](const std::string& a, const std::string& b) {
            const size_t p = text.find(a);
            if (p != std::string::npos) text.replace(p, a.size(), b);
        };
        replace("\"complete\": true", "\"complete\": false");
        replace("\"trained_scales\": 2", "\"trained_scales\": 1");
        writeBytes(manifest, text);
    }
    c.push_back({"--resume without a checkpoint", {"train", "--resume", "--out", at(d, "unfinished")}, 1, {"no checkpoint"}, {}, {}});
}

void sessionCases(const QString& d, std::vector<CorpusCase>& c) {
    auto session = [&](const QString& name, const QString& file, const std::string& text, QStringList keywords) {
        writeBytes(s(at(d, file)), text);
        c.push_back({name, {}, 1, keywords, {}, at(d, file)});
    };
    session("session: garbage", "garbage.cosingan-session", "\x01\x02 not json", {"damaged"});
    session("session: another format", "other.cosingan-session", "{\"format\": \"x\"}", {"not a CoSinGAN Studio session"});
    session("session: newer version", "newer.cosingan-session", "{\"format\": \"cosingan-studio-session\", \"version\": 99}",
            {"newer"});
    session("session: image missing", "missing.cosingan-session",
            "{\"format\": \"cosingan-studio-session\", \"version\": 1, \"image\": \"gone.nii.gz\"}", {"does not exist"});
    ::mkfifo(s(at(d, "fifo.cosingan-session")).c_str(), 0644);
    c.push_back({"session: a FIFO", {}, 1, {"FIFO"}, {}, at(d, "fifo.cosingan-session")});
}

}  // namespace

std::vector<CorpusCase> modelCorpus(const QString& d, const QString& cli) {
    writeTrainingSlice(at(d, "slice.png"), at(d, "labels.png"));
    const QString model = at(d, "tiny-model");
    run(cli, {"train", at(d, "slice.png"), "--labels", at(d, "labels.png"), "--preset", "tiny", "--out", model});
    std::vector<CorpusCase> c;
    maskCases(d, model, c);
    trainOptionCases(d, c);
    modelFolderCases(d, model, c);
    sessionCases(d, c);
    return c;
}

}  // namespace cosingan::test
