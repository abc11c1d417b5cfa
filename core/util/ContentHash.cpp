#include "ContentHash.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace cosingan {

namespace {

constexpr uint64_t P1 = 0x9E3779B185EBCA87ull, P2 = 0xC2B2AE3D27D4EB4Full, P3 = 0x165667B19E3779F9ull,
                   P4 = 0x85EBCA77C2B2AE63ull, P5 = 0x27D4EB2F165667C5ull;

uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
uint64_t word(const unsigned char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);  // little-endian machines: the value as stored
    return v;
}
uint64_t round(uint64_t acc, uint64_t input) { return rotl(acc + input * P2, 31) * P1; }
uint64_t merge(uint64_t acc, uint64_t lane) { return (acc ^ round(0, lane)) * P1 + P4; }

std::string hex64(uint64_t h) {
    char out[17];
    std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
    return out;
}

}  // namespace

void ContentHash::stripe(const unsigned char* p) {
    for (int i = 0; i < 4; ++i) lanes_[i] = round(lanes_[i], word(p + 8 * i));
}

void ContentHash::update(const void* data, size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    total_ += size;
    if (buffered_ > 0) {
        const size_t take = std::min(size, 32 - buffered_);
        std::memcpy(buffer_ + buffered_, p, take);
        buffered_ += take;
        p += take;
        size -= take;
        if (buffered_ < 32) return;
        stripe(buffer_);
        buffered_ = 0;
    }
    for (; size >= 32; p += 32, size -= 32) stripe(p);
    std::memcpy(buffer_, p, size);
    buffered_ = size;
}

std::string ContentHash::hex() const {
    uint64_t h = rotl(lanes_[0], 1) + rotl(lanes_[1], 7) + rotl(lanes_[2], 12) + rotl(lanes_[3], 18);
    for (uint64_t lane : lanes_) h = merge(h, lane);
    h += total_;
    size_t i = 0;
    for (; i + 8 <= buffered_; i += 8) h = rotl(h ^ round(0, word(buffer_ + i)), 27) * P1 + P4;
    for (; i < buffered_; ++i) h = rotl(h ^ (buffer_[i] * P5), 11) * P1;
    h ^= h >> 33;
    h *= P2;
    h ^= h >> 29;
    h *= P3;
    h ^= h >> 32;
    return hex64(h);
}

std::string fileContentHash(const std::string& path, const std::string& algorithm) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<char> buffer(4 << 20);
    ContentHash hash;
    uint64_t fnv = 1469598103934665603ull;
    const bool legacy = algorithm == "fnv1a";
    if (!legacy && algorithm != ContentHash::kName) throw std::runtime_error("unknown checksum algorithm '" + algorithm + "'");
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        const auto n = size_t(in.gcount());
        if (legacy)
            for (size_t i = 0; i < n; ++i) fnv = (fnv ^ uint64_t(static_cast<unsigned char>(buffer[i]))) * 1099511628211ull;
        else
            hash.update(buffer.data(), n);
    }
    return legacy ? hex64(fnv) : hash.hex();
}

}  // namespace cosingan
