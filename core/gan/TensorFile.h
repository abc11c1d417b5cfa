#pragma once
// Named tensors in one file (LibTorch's serialize archive), for model weights, checkpoints and the
// torch-only slice bundles; saving returns the file's content hash (util/ContentHash) and loading
// can verify one, reading the file only once.
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

    // Parameters and buffers of a module under prefix ("G." ...); halfParameters stores the floating
    // parameters as fp16 (model weights; buffers such as batch-norm statistics stay fp32).
    void putModule(const std::string& prefix, const torch::nn::Module& module, bool halfParameters = false);
    // Copies them back into the module's existing tensors (shapes must match; views stay views).
    void restoreModule(const std::string& prefix, torch::nn::Module& module) const;

    // Atomic and checked; returns the content hash of what was written (ContentHash::kName).
    std::string save(const std::string& path) const;
    static TensorFile load(const std::string& path, const torch::Device& device = torch::kCPU);
    // Reads the file once, checks its content hash (algorithm: ContentHash::kName or "fnv1a" for
    // older model folders) and throws std::runtime_error saying it is damaged when it differs.
    static TensorFile loadVerified(const std::string& path, const std::string& expectedHash, const std::string& algorithm,
                                   const torch::Device& device = torch::kCPU);

    std::string origin;  // path it was loaded from, for messages

private:
    std::map<std::string, torch::Tensor> tensors_;
};

// Rounds a module's floating parameters to fp16 precision in place: what is kept in memory is then
// exactly what a model folder stores (lower scales of a pyramid in training, resumed or not).
void roundParametersToStoredPrecision(torch::nn::Module& module);

}  // namespace cosingan::gan
