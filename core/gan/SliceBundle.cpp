#include "SliceBundle.h"

#include "TensorFile.h"
#include "util/Json.h"

namespace cosingan::gan {

void saveSliceBundle(const std::string& path, const SliceData& s) {
    s.validateAsMask();
    TensorFile f;
    auto plane = [&](const std::vector<uint8_t>& v) {
        return torch::from_blob(const_cast<uint8_t*>(v.data()), {s.height, s.width}, torch::kUInt8).clone();
    };
    if (s.hasImage()) f.put("image", plane(s.image));
    f.put("labels", plane(s.labels));
    Json meta = Json::object();
    meta["format"] = "cosingan-slice-bundle";
    meta["source"] = s.source;
    meta["slice_index"] = s.sliceIndex;
    const std::string text = meta.dump(0);
    f.put("meta", torch::from_blob(const_cast<char*>(text.data()), {int64_t(text.size())}, torch::kUInt8).clone());
    f.save(path);
}

SliceData loadSliceBundle(const std::string& path) {
    const TensorFile f = TensorFile::load(path);
    if (!f.has("labels") || !f.has("meta")) throw std::runtime_error("'" + path + "' is not a CoSinGAN slice bundle");
    const torch::Tensor metaBytes = f.get("meta").contiguous();
    const std::string text(reinterpret_cast<const char*>(metaBytes.data_ptr<uint8_t>()), size_t(metaBytes.numel()));
    const Json meta = Json::parse(text);
    if (meta.value("format", "") != std::string("cosingan-slice-bundle"))
        throw std::runtime_error("'" + path + "' is not a CoSinGAN slice bundle");
    SliceData s;
    const torch::Tensor labels = f.get("labels").contiguous();
    if (labels.dim() != 2 || labels.scalar_type() != torch::kUInt8) throw std::runtime_error("'" + path + "': bad label plane");
    s.height = int(labels.size(0));
    s.width = int(labels.size(1));
    s.labels.assign(labels.data_ptr<uint8_t>(), labels.data_ptr<uint8_t>() + labels.numel());
    if (f.has("image")) {
        const torch::Tensor image = f.get("image").contiguous();
        if (image.sizes() != labels.sizes() || image.scalar_type() != torch::kUInt8)
            throw std::runtime_error("'" + path + "': the image and label planes differ in size");
        s.image.assign(image.data_ptr<uint8_t>(), image.data_ptr<uint8_t>() + image.numel());
    }
    s.source = meta.value("source", "");
    s.sliceIndex = meta.value("slice_index", -1);
    return s;
}

bool looksLikeSliceBundle(const std::string& path) {
    return path.size() > 3 && path.compare(path.size() - 3, 3, ".pt") == 0;
}

}  // namespace cosingan::gan
