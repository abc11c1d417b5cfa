#include "TensorFile.h"

#include "util/AtomicFile.h"
#include "util/ContentHash.h"
#include "util/FileSafety.h"

#include <cstdio>
#include <filesystem>
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
        throw UserError(COSINGAN_MESSAGE("Messages", "'%1' has no entry '%2' (damaged, or written by another model)."),
                        {origin.empty() ? std::string("tensor file") : origin, name});
    return it->second;
}

void TensorFile::putModule(const std::string& prefix, const torch::nn::Module& module, bool halfParameters) {
    for (const auto& p : module.named_parameters(true)) {
        const torch::Tensor v = p.value().detach();
        put(prefix + p.key(), halfParameters && v.is_floating_point() ? v.to(torch::kHalf) : v);
    }
    for (const auto& b : module.named_buffers(true)) put(prefix + b.key(), b.value().detach());
}

void TensorFile::restoreModule(const std::string& prefix, torch::nn::Module& module) const {
    torch::NoGradGuard noGrad;
    auto restore = [&](const std::string& name, torch::Tensor& target) {
        const torch::Tensor& src = get(prefix + name);
        if (src.sizes() != target.sizes())
            throw UserError(COSINGAN_MESSAGE("Messages", "'%1': '%2' has another shape than this model's."),
                            {origin, prefix + name});
        target.copy_(src);
    };
    for (auto& p : module.named_parameters(true)) restore(p.key(), p.value());
    for (auto& b : module.named_buffers(true)) restore(b.key(), b.value());
}

std::string TensorFile::save(const std::string& path) const {
    torch::serialize::OutputArchive archive;
    for (const auto& kv : tensors_) archive.write(encodeKey(kv.first), kv.second.to(torch::kCPU), /*is_buffer=*/true);
    ContentHash hash;
    // LibTorch's own file writer throws from its destructor when a write fails (a full disk then
    // aborts the process): write through a callback that never reports a short write to LibTorch,
    // remembers the failure instead, and raises it here as a sentence (DiskFullError on ENOSPC).
    writeFileAtomically(path, [&](const std::string& tmp) {
        CheckedFileWriter out(tmp);
        archive.save_to([&](const void* data, size_t n) {
            hash.update(data, n);
            return out.write(data, n);
        });
        out.finish();
    });
    return hash.hex();
}

void roundParametersToStoredPrecision(torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    for (auto& p : module.parameters(true))
        if (p.is_floating_point()) p.copy_(p.to(torch::kHalf).to(p.scalar_type()));
}

namespace {
TensorFile fromArchive(torch::serialize::InputArchive& archive, const std::string& path);
UserError unreadableTensorFile(const std::string& path) {
    return UserError(COSINGAN_MESSAGE("Messages", "'%1' cannot be read as a tensor file (damaged or of another kind)."), {path});
}
}

TensorFile TensorFile::load(const std::string& path, const torch::Device& device) {
    requireReadableFile(path, COSINGAN_MESSAGE("Messages", "the file"));  // a FIFO would hang the reader
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(path, device);
    } catch (const c10::Error& e) {
        throw unreadableTensorFile(path);
    }
    return fromArchive(archive, path);
}

TensorFile TensorFile::loadVerified(const std::string& path, const std::string& expected, const std::string& algorithm,
                                    const torch::Device& device) {
    requireReadableFile(path, COSINGAN_MESSAGE("Messages", "the weights file"));
    std::string bytes;
    {
        std::ifstream in(path, std::ios::binary | std::ios::ate);
        if (!in) throw UserError(COSINGAN_MESSAGE("Messages", "'%1' cannot be read."), {path});
        bytes.resize(size_t(in.tellg()));
        in.seekg(0);
        in.read(bytes.data(), std::streamsize(bytes.size()));
        if (!in) throw UserError(COSINGAN_MESSAGE("Messages", "'%1' cannot be read."), {path});
    }
    std::string actual;
    if (algorithm == ContentHash::kName) {
        ContentHash h;
        h.update(bytes.data(), bytes.size());
        actual = h.hex();
    } else {
        actual = fileContentHash(path, algorithm);
    }
    if (actual != expected)
        throw UserError(COSINGAN_MESSAGE("Messages", "The model's weights file %1 is damaged (its checksum does not match "
                                                     "the manifest)."),
                        {std::filesystem::path(path).filename().string()});
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(bytes.data(), bytes.size(), device);
    } catch (const c10::Error& e) {
        throw unreadableTensorFile(path);
    }
    return fromArchive(archive, path);
}

namespace {
TensorFile fromArchive(torch::serialize::InputArchive& archive, const std::string& path) {
    TensorFile f;
    f.origin = path;
    for (const std::string& key : archive.keys()) {
        torch::Tensor t;
        if (archive.try_read(key, t, /*is_buffer=*/true)) f.put(decodeKey(key), t);
    }
    return f;
}
}  // namespace

}  // namespace cosingan::gan
