// JSON round trips and error messages; atomic saves leave the old file intact on failure.
#include "util/AtomicFile.h"
#include "util/ContentHash.h"
#include "util/FileSafety.h"
#include "util/Json.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sys/stat.h>

using namespace cosingan;

class JsonAndFilesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsValuesAndOrder() {
        Json j = Json::object();
        j["name"] = "CoSinGAN \"model\"\n";
        j["scales"] = std::vector<int>{32, 48, 64};
        j["lr"] = 2e-4;
        j["ok"] = true;
        j["nested"]["a"] = Json::array();
        j["nested"]["a"].push_back(1.5);
        j["nested"]["none"] = nullptr;
        const std::string text = j.dump(2);
        Json back = Json::parse(text);
        QVERIFY(back == j);
        QCOMPARE(back.asObject().front().first, std::string("name"));
        QCOMPARE(back.at("scales").asArray().at(2).asInt(), 64);
        QCOMPARE(back.at("lr").asNumber(), 2e-4);
        QCOMPARE(back.at("name").asString(), std::string("CoSinGAN \"model\"\n"));
        QCOMPARE(back.value("missing", 7), 7);
    }

    void parsesUnicodeEscapes() {
        Json j = Json::parse(R"({"s": "\u00e9\u20ac"})");
        QCOMPARE(j.at("s").asString(), std::string("\xc3\xa9\xe2\x82\xac"));
    }

    void rejectsBrokenJsonWithPosition() {
        for (const char* bad : {"{", "{\"a\": }", "[1, 2", "{\"a\" 1}", "tru", "{} x", "\"open"}) {
            try {
                Json::parse(bad);
                QFAIL(qPrintable(QStringLiteral("accepted: %1").arg(bad)));
            } catch (const JsonError& e) {
                QVERIFY(std::string(e.what()).find("invalid JSON") != std::string::npos);
            }
        }
    }

    void typeErrorsAreClear() {
        Json j = Json::parse(R"({"n": "text"})");
        try {
            (void)j.at("n").asNumber();
            QFAIL("no error");
        } catch (const JsonError& e) {
            QVERIFY(std::string(e.what()).find("expected a number") != std::string::npos);
        }
    }

    void atomicWriteReplacesAndFailedWriteKeepsOld() {
        QTemporaryDir dir;
        const std::string target = dir.filePath("volume.nii.gz").toStdString();
        writeFileAtomically(target, [](const std::string& tmp) {
            QVERIFY(tmp.size() > 7 && tmp.substr(tmp.size() - 7) == ".nii.gz");  // extension kept
            std::ofstream(tmp) << "first";
        });
        try {
            writeFileAtomically(target, [](const std::string& tmp) {
                std::ofstream(tmp) << "half-writ";
                throw std::runtime_error("disk full");
            });
            QFAIL("exception swallowed");
        } catch (const std::runtime_error&) {
        }
        std::ifstream in(target);
        std::string content;
        in >> content;
        QCOMPARE(content, std::string("first"));
        // No temporary file left behind.
        int files = 0;
        for (const auto& e : std::filesystem::directory_iterator(dir.path().toStdString())) { (void)e; ++files; }
        QCOMPARE(files, 1);
    }

    void atomicFolderSwap() {
        QTemporaryDir dir;
        const std::string target = dir.filePath("model").toStdString();
        writeFolderAtomically(target, [](const std::string& tmp) { std::ofstream(tmp + "/a.txt") << "v1"; });
        writeFolderAtomically(target, [](const std::string& tmp) { std::ofstream(tmp + "/b.txt") << "v2"; });
        QVERIFY(!std::filesystem::exists(target + "/a.txt"));
        QVERIFY(std::filesystem::exists(target + "/b.txt"));
        try {
            writeFolderAtomically(target, [](const std::string&) { throw std::runtime_error("crash"); });
        } catch (const std::runtime_error&) {
        }
        QVERIFY(std::filesystem::exists(target + "/b.txt"));
    }

    void numbersRoundTripExactly() {
        // A 64-bit seed is not a double: 2^53 + 1 must come back as itself, and 0.1 as 0.1.
        const unsigned long long seed = (1ull << 53) + 1, biggest = ~0ull;
        Json j = Json::object();
        j["seed"] = seed;
        j["biggest"] = biggest;
        j["tenth"] = 0.1;
        j["third"] = 1.0 / 3.0;
        const Json back = Json::parse(j.dump(2));
        QCOMPARE(back.at("seed").asUInt64(), seed);
        QCOMPARE(back.at("biggest").asUInt64(), biggest);
        QCOMPARE(back.at("tenth").asNumber(), 0.1);
        QCOMPARE(back.at("third").asNumber(), 1.0 / 3.0);
        QVERIFY(j.dump(2).find("\"tenth\": 0.1,") != std::string::npos);  // readable: not 0.10000000000000001
        QVERIFY(back == j);
        QVERIFY_THROWS_EXCEPTION(JsonError, Json::parse("-3").asUInt64());
    }

    void pathsAreCalledWhatTheyAre() {
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        const std::string fifo = d + "/image.nii.gz", loop = d + "/loop", file = d + "/f.txt";
        QVERIFY(::mkfifo(fifo.c_str(), 0644) == 0);
        std::filesystem::create_symlink(d + "/loop2", loop);
        std::filesystem::create_symlink(loop, d + "/loop2");
        std::ofstream(file) << "x";
        auto message = [](auto&& call) {
            try {
                call();
            } catch (const PathError& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        // A FIFO is refused without being opened (opening it would block forever).
        QVERIFY(message([&] { requireReadableFile(fifo, "the image"); }).find("FIFO") != std::string::npos);
        QVERIFY(message([&] { requireReadableFile(loop, "the image"); }).find("loop of symbolic links") != std::string::npos);
        QVERIFY(message([&] { requireReadableFile(d + "/none", "the image"); }).find("does not exist") != std::string::npos);
        QVERIFY(message([&] { requireReadableFile(d, "the image"); }).find("is a folder, not a file") != std::string::npos);
        QVERIFY(message([&] { requireFolder(file, "the model"); }).find("is a file, not a folder") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(JsonError, readJsonFile(fifo));  // an error, not a hang
        QVERIFY(pathIsWithin(file, d));
        QVERIFY(pathIsWithin(d + "/./sub/../f.txt", d));
        QVERIFY(pathIsWithin(d + "/new/deeper", d));
        QVERIFY(!pathIsWithin(d, file));
        QVERIFY(!pathIsWithin(d + "x/f", d));
    }

    void failedWritesLeaveNothingBehind() {
        QTemporaryDir dir;
        const std::string target = dir.path().toStdString() + "/image.png";
        writeBytesAtomically(target, std::string(1000, 'a'));
        injectWriteFailureAfter(300);  // as a full disk would after 300 bytes
        try {
            writeBytesAtomically(target, std::string(1000, 'b'));
            QFAIL("the failed write was not reported");
        } catch (const DiskFullError& e) {
            QVERIFY(std::string(e.what()).find("no space left") != std::string::npos);
            QVERIFY(std::string(e.what()).find("image.png") != std::string::npos);
            QVERIFY(std::string(e.what()).find(".saving-") == std::string::npos);
        }
        injectWriteFailureAfter(-1);
        std::ifstream in(target);
        std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QCOMPARE(content, std::string(1000, 'a'));  // the previous version, whole
        int files = 0;
        for (const auto& e : std::filesystem::directory_iterator(dir.path().toStdString())) { (void)e; ++files; }
        QCOMPARE(files, 1);  // no temporary left
        // A folder save that fails halfway keeps the old folder and leaves no temporary either.
        const std::string folder = dir.path().toStdString() + "/checkpoint";
        writeFolderAtomically(folder, [](const std::string& tmp) { writeBytesAtomically(tmp + "/a", "v1"); });
        injectWriteFailureAfter(0);
        QVERIFY_THROWS_EXCEPTION(DiskFullError, writeFolderAtomically(folder, [](const std::string& tmp) {
            writeBytesAtomically(tmp + "/a", "v2");
        }));
        injectWriteFailureAfter(-1);
        QCOMPARE(removeOrphanedTemporaries(dir.path().toStdString()), 0);
        std::ifstream a(folder + "/a");
        std::string v;
        a >> v;
        QCOMPARE(v, std::string("v1"));
    }

    void contentHashIsStreamingAndSensitive() {
        std::string data(100000, '\0');
        for (size_t i = 0; i < data.size(); ++i) data[i] = char((i * 131) % 251);
        ContentHash whole;
        whole.update(data.data(), data.size());
        ContentHash pieces;  // any split of the stream gives the same hash
        for (size_t at = 0, step = 1; at < data.size(); at += step, step = step * 3 % 97 + 1)
            pieces.update(data.data() + at, std::min(step, data.size() - at));
        QCOMPARE(pieces.hex(), whole.hex());
        QCOMPARE(whole.hex().size(), size_t(16));
        std::string flipped = data;
        flipped[54321] ^= 1;
        ContentHash other;
        other.update(flipped.data(), flipped.size());
        QVERIFY(other.hex() != whole.hex());
        ContentHash shorter;
        shorter.update(data.data(), data.size() - 1);
        QVERIFY(shorter.hex() != whole.hex());
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/w.bin";
        writeBytesAtomically(path, data);
        QCOMPARE(fileContentHash(path), whole.hex());
        QCOMPARE(fileContentHash(path, "fnv1a").size(), size_t(16));
    }

    void fullExtensionOfNames() {
        QCOMPARE(fullExtension("/a/b/mask.nii.gz"), std::string(".nii.gz"));
        QCOMPARE(fullExtension("slice.png"), std::string(".png"));
        QCOMPARE(fullExtension("/x/.hidden"), std::string(""));
        QCOMPARE(fullExtension("noext"), std::string(""));
    }
};

QTEST_GUILESS_MAIN(JsonAndFilesTest)
#include "JsonAndFilesTest.moc"
