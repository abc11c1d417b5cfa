// JSON round trips and error messages; atomic saves leave the old file intact on failure.
#include "util/AtomicFile.h"
#include "util/Json.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>

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

    void fullExtensionOfNames() {
        QCOMPARE(fullExtension("/a/b/mask.nii.gz"), std::string(".nii.gz"));
        QCOMPARE(fullExtension("slice.png"), std::string(".png"));
        QCOMPARE(fullExtension("/x/.hidden"), std::string(""));
        QCOMPARE(fullExtension("noext"), std::string(""));
    }
};

QTEST_GUILESS_MAIN(JsonAndFilesTest)
#include "JsonAndFilesTest.moc"
