#pragma once
// Importing a mask into labels that already exist, without losing them: a binary mask (an Inf-Net
// infection or lung PNG, a NIfTI lesion mask) is merged *as* a chosen label under the masking
// policy, a 0..3 label map replaces what it covers under the same policy. Qt-free.
#include "MaskingPolicy.h"
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace cosingan {

enum class ImportAs {
    LabelMap,   // values 0..3 (or a 0/96/128/255 condition image): every pixel takes the file's label
    Infection,  // non-zero pixels become infection; zero pixels keep their label
    Lungs,      // non-zero pixels become left or right lung (by which side of the body they lie)
};

// What a one-valued mask most likely is: a value 2 or 3 (or a name like "-labels") is one of our
// label maps; otherwise "lung" in the name means lungs, anything else (Inf-Net's 255, MosMed's 1) a lesion.
ImportAs guessImportAs(const std::string& path, const std::vector<uint8_t>& values);
// Whether the values are a two-valued mask (0 and one other value) that must be imported *as* a label.
bool isBinaryMask(const std::vector<uint8_t>& values);

struct ImportSummary {
    std::array<size_t, 4> gained{};  // pixels that became each label
    size_t refused = 0;              // pixels the masking policy kept as they were
    size_t changed() const { return gained[0] + gained[1] + gained[2] + gained[3]; }
    ImportSummary& operator+=(const ImportSummary& o);
    std::string describe() const;  // "+1234 infection, 56 kept by the masking policy"
};

// Merges one slice (columns x rows, row-major). current: the slice's labels, changed in place.
// mask: for LabelMap the labels 0..3, otherwise non-zero = inside. hu: the slice's CT values.
ImportSummary mergeImportedSlice(std::vector<uint8_t>& current, const std::vector<uint8_t>& mask, const int16_t* hu,
                                 int columns, int rows, ImportAs as, const MaskingPolicy& policy);

// The same for every slice of a volume (one mask volume on the labels' grid).
ImportSummary mergeImportedVolume(LabelMap& current, const LabelMap& mask, const CtVolume& ct, ImportAs as,
                                  const MaskingPolicy& policy);

}  // namespace cosingan
