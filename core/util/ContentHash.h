#pragma once
// A fast 64-bit content hash for detecting damaged files (model weights of up to ~1 GB must verify
// in well under a second): four independent lanes consume 32-byte stripes as 8-byte words with
// xxHash64's multiply-rotate round, then the lanes and the length are mixed. Incremental, so that a
// file can be hashed while it is written. Not cryptographic: it detects damage, not tampering.
// The byte-at-a-time FNV-1a of earlier model folders is kept for reading them (legacyFnv1a).
#include <cstddef>
#include <cstdint>
#include <string>

namespace cosingan {

class ContentHash {
public:
    void update(const void* data, size_t size);
    std::string hex() const;  // 16 hex digits; the object can still be updated afterwards
    static constexpr const char* kName = "w64x4";

private:
    void stripe(const unsigned char* p);
    uint64_t lanes_[4] = {0x60ea27eeadc0b5d6ull, 0xc2b2ae3d27d4eb4full, 0ull, 0x61c8864e7a143579ull};
    unsigned char buffer_[32] = {};
    size_t buffered_ = 0;
    uint64_t total_ = 0;
};

// Hash of a whole file with the named algorithm (ContentHash::kName, or "fnv1a" for model folders
// written before it); throws std::runtime_error when the file cannot be read.
std::string fileContentHash(const std::string& path, const std::string& algorithm = ContentHash::kName);

}  // namespace cosingan
