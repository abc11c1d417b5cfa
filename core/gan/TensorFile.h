#pragma once
// Named tensors in one file (LibTorch's serialize archive), for model weights, checkpoints and the
// torch-only slice bundles; plus a content hash to detect damaged files.
#include <torch/torch.h>

#include <map>
#include <string>

namespace cosingan::gan {

class TensorFile {
public:
    void put(const std::string& name, const torch::Tensor& t) { tensors_[name] = t; }
    bool has(const std::string& name) const { return tensors_.count(name) > 0; }
    // Throws std::runtime_error naming the file and the missing entry.
    const torch::Tensor& get(const std::string& name) const;
    const std::map<std::string, torch::Tensor>& all() const { return tensors_; }

    // Parameters and buffers of a module under prefix ("G." ...).
    void putModule(const std::string& prefix, const torch::nn::Module& module);
    // Copies them back into the module's existing tensors (shapes must match; views stay views).
    void restoreModule(const std::string& prefix, torch::nn::Module& module) const;

    void save(const std::string& path) const;  // atomic
    static TensorFile load(const std::string& path, const torch::Device& device = torch::kCPU);

    std::string origin;  // path it was loaded from, for messages

private:
    std::map<std::string, torch::Tensor> tensors_;
};

// FNV-1a 64 of a file's bytes as 16 hex digits; throws if the file cannot be read.
std::string fileChecksum(const std::string& path);

}  // namespace cosingan::gan
