#include "AutosaveJournal.h"

#include "util/AtomicFile.h"
#include "util/Json.h"

#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace cosingan {

namespace {

bool allZero(const std::vector<uint8_t>& v) {
    uint64_t any = 0;  // OR of every byte, eight at a time: vectorises, no early exit needed
    const size_t words = v.size() / 8;
    const uint8_t* p = v.data();
    for (size_t i = 0; i < words; ++i) {
        uint64_t w;
        std::memcpy(&w, p + 8 * i, 8);
        any |= w;
    }
    for (size_t i = 8 * words; i < v.size(); ++i) any |= p[i];
    return any == 0;
}

constexpr uint32_t kMagic = 0x4A475343;  // "CSGJ"

uint32_t checksum(const std::string& s) {
    uint32_t h = 2166136261u;
    for (unsigned char c : s) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

template <typename T>
void put(std::string& out, T v) {
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
bool get(const std::string& in, size_t& pos, T& v) {
    if (pos + sizeof v > in.size()) return false;
    std::memcpy(&v, in.data() + pos, sizeof v);
    pos += sizeof v;
    return true;
}

std::string now() {
    std::time_t t = std::time(nullptr);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", std::localtime(&t));
    return buf;
}

std::string path(const std::string& folder, const char* name) { return (fs::path(folder) / name).string(); }

}  // namespace

std::string serialiseChange(const LabelChange& c) {
    std::string out;
    put(out, uint32_t(c.description.size()));
    out += c.description;
    put(out, uint32_t(c.slices.size()));
    for (const auto& d : c.slices) {
        put(out, int32_t(d.slice));
        put(out, int32_t(d.rect.x));
        put(out, int32_t(d.rect.y));
        put(out, int32_t(d.rect.width));
        put(out, int32_t(d.rect.height));
        put(out, uint32_t(d.rle.size()));
        out.append(reinterpret_cast<const char*>(d.rle.data()), d.rle.size());
    }
    return out;
}

bool deserialiseChange(const std::string& in, LabelChange& c) {
    size_t pos = 0;
    uint32_t n = 0;
    if (!get(in, pos, n) || pos + n > in.size()) return false;
    c.description = in.substr(pos, n);
    pos += n;
    if (!get(in, pos, n)) return false;
    c.slices.resize(n);
    for (auto& d : c.slices) {
        int32_t k, x, y, w, h;
        uint32_t len;
        if (!get(in, pos, k) || !get(in, pos, x) || !get(in, pos, y) || !get(in, pos, w) || !get(in, pos, h) ||
            !get(in, pos, len) || pos + len > in.size())
            return false;
        d.slice = k;
        d.rect = {x, y, w, h};
        d.rle.assign(in.begin() + long(pos), in.begin() + long(pos + len));
        pos += len;
    }
    return pos == in.size();
}

AutosaveJournal::AutosaveJournal(std::string folder) : folder_(std::move(folder)) {}

AutosaveJournal::~AutosaveJournal() { close(); }

void AutosaveJournal::close() {
    if (journal_) std::fclose(journal_);
    journal_ = nullptr;
}

void AutosaveJournal::start(const LabelMap& labels, const std::string& imageId) {
    close();
    fs::create_directories(folder_);
    imageId_ = imageId;
    // Order matters for crash safety: the old journal goes first, then the new snapshot, then
    // the description; a crash in between leaves a snapshot without records, which is consistent.
    std::remove(path(folder_, "journal.bin").c_str());
    // A study opened without labels starts from zeros: say so instead of writing (and syncing) a
    // snapshot of zeros as large as the volume (78 MB for 512x512x300, a quarter of a second).
    const bool empty = allZero(labels.voxels());
    if (empty) std::remove(path(folder_, "snapshot.raw").c_str());
    else
        writeFileAtomically(path(folder_, "snapshot.raw"), [&](const std::string& tmp) {
            std::ofstream out(tmp, std::ios::binary);
            out.write(reinterpret_cast<const char*>(labels.voxels().data()), std::streamsize(labels.voxels().size()));
            if (!out) throw std::runtime_error("cannot write the autosave snapshot");
        });
    Json meta = Json::object();
    meta["snapshot"] = empty ? "zeros" : "snapshot.raw";
    meta["format"] = "cosingan-studio-autosave";
    meta["image"] = imageId;
    meta["size"] = std::vector<int>{labels.columns(), labels.rows(), labels.slices()};
    meta["started"] = now();
    writeJsonFile(path(folder_, "autosave.json"), meta);
    journal_ = std::fopen(path(folder_, "journal.bin").c_str(), "ab");
    records_ = 0;
}

void AutosaveJournal::append(const LabelChange& change) {
    if (!journal_) return;
    const std::string payload = serialiseChange(change);
    std::string record;
    put(record, kMagic);
    put(record, uint32_t(payload.size()));
    record += payload;
    put(record, checksum(payload));
    std::fwrite(record.data(), 1, record.size(), journal_);
    std::fflush(journal_);
    ::fsync(fileno(journal_));
    ++records_;
}

void AutosaveJournal::discard() {
    close();
    removeTree(folder_);
    records_ = 0;
}

bool AutosaveJournal::exists(const std::string& folder, AutosaveInfo* info) {
    std::error_code ec;
    if (!fs::exists(path(folder, "autosave.json"), ec)) return false;
    try {
        const Json meta = readJsonFile(path(folder, "autosave.json"));
        const bool zeros = meta.value("snapshot", "") == std::string("zeros");
        if (!zeros && !fs::exists(path(folder, "snapshot.raw"), ec)) return false;
        if (info) {
            info->imageId = meta.value("image", "");
            info->updated = meta.value("started", "");
            info->snapshotIsZeros = zeros;
            if (const Json* size = meta.find("size"); size && size->asArray().size() == 3)
                for (int i = 0; i < 3; ++i) info->size[size_t(i)] = size->asArray()[size_t(i)].asInt();
        }
        return meta.value("format", "") == std::string("cosingan-studio-autosave");
    } catch (const std::exception&) {
        return false;
    }
}

bool AutosaveJournal::recover(const std::string& folder, const std::string& imageId, LabelMap& labels, AutosaveInfo* info) {
    AutosaveInfo found;
    if (!exists(folder, &found) || found.imageId != imageId) return false;
    if (found.snapshotIsZeros) {
        if (found.size != std::array<int, 3>{labels.columns(), labels.rows(), labels.slices()}) return false;  // another grid
        std::fill(labels.voxels().begin(), labels.voxels().end(), uint8_t(0));
    } else {
        std::ifstream snap(path(folder, "snapshot.raw"), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(snap)), std::istreambuf_iterator<char>());
        if (bytes.size() != labels.voxels().size()) return false;  // another grid
        std::memcpy(labels.voxels().data(), bytes.data(), bytes.size());
    }
    std::ifstream j(path(folder, "journal.bin"), std::ios::binary);
    std::string journal((std::istreambuf_iterator<char>(j)), std::istreambuf_iterator<char>());
    size_t pos = 0;
    int records = 0;
    while (true) {
        uint32_t magic, len, sum;
        size_t p = pos;
        if (!get(journal, p, magic) || magic != kMagic || !get(journal, p, len) || p + len + 4 > journal.size()) break;
        const std::string payload = journal.substr(p, len);
        p += len;
        if (!get(journal, p, sum) || sum != checksum(payload)) break;  // torn or damaged: stop here
        LabelChange c;
        if (!deserialiseChange(payload, c)) break;
        c.apply(labels);
        ++records;
        pos = p;
    }
    found.edits = records;
    if (info) *info = found;
    return true;
}

}  // namespace cosingan
