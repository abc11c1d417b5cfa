#pragma once
// A CT volume in Hounsfield units (int16) with its geometry and where it came from.
#include "VoxelGrid.h"

#include <string>
#include <vector>

namespace cosingan {

struct VolumeProvenance {
    std::string source;               // path of the file or folder, or "built-in demo"
    std::string format;               // "NIfTI", "DICOM series", "DICOM", "PNG", "JPEG", "demo", ...
    std::string originalOrientation;  // orientation code of the file before canonical reorientation
    bool synthetic = false;           // generated (demo phantom or CoSinGAN output), not a patient
    bool fromEightBitImage = false;   // HU derived from a lung-windowed 8-bit image
    bool spacingAssumed = false;      // the file gives no voxel spacing: 1 mm was assumed (JPEG, PNG, some DICOM)
    std::string description;          // free text shown to the user (e.g. series description)
    std::vector<std::string> warnings;  // what the user must see before trusting it (shown by app and CLI)
    bool looksLikeLabelMap = false;   // integer values 0..3 only: a mask opened as if it were a CT
    bool rangeRead = false;           // minHu/maxHu were found while reading (saves a pass over the volume)
    int16_t minHu = 0, maxHu = 0;
};

class CtVolume : public VoxelGrid<int16_t> {
public:
    using VoxelGrid::VoxelGrid;

    VolumeProvenance provenance;

    // Smallest and largest HU (a pass over the voxels).
    std::pair<int16_t, int16_t> huRange() const;
    // The same, as found while the file was read when the reader recorded it (the voxels not
    // changed since), else huRange().
    std::pair<int16_t, int16_t> huRangeAsRead() const {
        return provenance.rangeRead ? std::pair<int16_t, int16_t>{provenance.minHu, provenance.maxHu} : huRange();
    }
};

// Converts one 8-bit lung-windowed grey value to HU and back, as cosingan-spec.md defines for
// plain images: v -> HU = -1250 + v * 1500 / 255.
int16_t eightBitToHu(uint8_t v);
uint8_t huToEightBitLungWindow(int16_t hu);

}  // namespace cosingan
