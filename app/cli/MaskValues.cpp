#include "SliceInput.h"

#include <stdexcept>

namespace cosingan::cli {

std::vector<uint8_t> maskValuesToLabels(const std::vector<uint8_t>& values, const std::string& what) {
    bool small = true, condition = true;
    for (uint8_t v : values) {
        small = small && v <= 3;
        condition = condition && (v == 0 || v == 96 || v == 128 || v == 255);
    }
    if (small) return values;
    if (!condition)
        throw std::invalid_argument(what + " is neither a label map (values 0..3) nor a condition image "
                                           "(0 background, 128 lung, 255 infection)");
    std::vector<uint8_t> labels(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        labels[i] = values[i] == 255 ? 3 : values[i] == 128 ? 1 : values[i] == 96 ? 2 : 0;
    return labels;
}

}  // namespace cosingan::cli
