#include "TensorFile.h"

#include "util/AtomicFile.h"
#include "util/FileSafety.h"

#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace cosingan::gan {

namespace {
// Archive keys are attribute names of a scripted module: keep them free of dots.
std::string encodeKey(const std::string& name) {
    std::string k;
    for (char c : name) k += c == '.' ? std::string("__") : std::string(1, c);
    return k;
}
std::string decodeKey(const std::string& key) {
    std::string n;
    for (size_t i = 0; i < key.size(); ++i) {
        if (key[i] == '_' && i + 1 < key.size() && key[i + 1] == '_') {
            n += '.';
            ++i;
        } else {
            n += key[i];
        }
    }
    return n;
}
}  // namespace

const torch::Tensor& TensorFile::get(const std::string& name) const {
    auto it = tensors_.find(name);
    if (it == tensors_.end())
        throw std::runtime_error("'" + (origin.empty() ? std::string("tensor file") : origin) + "' has no entry '" + name +
                                 "' (damaged, or written by another model)");
    return it->second;
}

void TensorFile::putModule(const std::string& prefix, const torch::nn::Module& module) {
    for (const auto& p : module.named_parameters(true)) put(prefix + p.key(), p.value().detach());
    for (const auto& b : module.named_buffers(true)) put(prefix + b.key(), b.value().detach());
}

void TensorFile::restoreModule(const std::string& prefix, torch::nn::Module& module) const {
    torch::NoGradGuard noGrad;
    auto restore = [&](const std::string& name, torch::Tensor& target) {
        const torch::Tensor& src = get(prefix + name);
        if (src.sizes() != target.sizes())
            throw std::runtime_error("'" + origin + "': '" + prefix + name + "' has another shape than this model's");
        target.copy_(src);
    };
    for (auto& p : module.named_parameters(true)) restore(p.key(), p.value());
    for (auto& b : module.named_buffers(true)) restore(b.key(), b.value());
}

void TensorFile::save(const std::string& path) const {
    torch::serialize::OutputArchive archive;
    for (const auto& kv : tensors_) archive.write(encodeKey(kv.first), kv.second.to(torch::kCPU), /*is_buffer=*/true);
    // LibTorch's own file writer throws from its destructor when a write fails (a full disk then
    // aborts the process): write through a callback that never reports a short write to LibTorch,
    // remembers the failure instead, and raises it here as a sentence (DiskFullError on ENOSPC).
    writeFileAtomically(path, [&](const std::string& tmp) {
        CheckedFileWriter out(tmp);
        archive.save_to([&out](const void* data, size_t n) { return out.write(data, n); });
        out.finish();
    });
}

TensorFile TensorFile::load(const std::string& path, const torch::Device& device) {
    TensorFile f;
    f.origin = path;
    requireReadableFile(path, "the file");  // a FIFO would hang the reader
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, device);
    } catch (const c10::Error& e) {
        throw std::runtime_error("'" + path + "' cannot be read as a tensor file (damaged or of another kind)");
    }
    for (const std::string& key : archive.keys()) {
        torch::Tensor t;
        if (archive.try_read(key, t, /*is_buffer=*/true)) f.tensors_[decodeKey(key)] = t;
    }
    return f;
}

std::string fileChecksum(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    uint64_t h = 1469598103934665603ull;
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        const std::streamsize n = in.gcount();
        for (std::streamsize i = 0; i < n; ++i) {
            h ^= uint64_t(static_cast<unsigned char>(buffer[size_t(i)]));
            h *= 1099511628211ull;
        }
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

}  // namespace cosingan::gan
