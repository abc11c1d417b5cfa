#pragma once
// The voxel grid of a volume in patient space (ITK/DICOM conventions: LPS physical coordinates,
// direction cosines as the columns of a 3x3 matrix). Volumes are kept in a canonical orientation
// after loading (x towards patient Left, y towards Posterior, z towards Superior), so an axial slice
// is drawn with the patient's anterior at the top and the patient's right on the viewer's left
// (radiological convention), whatever the orientation of the file.
#include <array>
#include <cstddef>
#include <string>

namespace cosingan {

struct ImageGeometry {
    std::array<int, 3> size{0, 0, 0};          // columns (x), rows (y), slices (z)
    std::array<double, 3> spacing{1, 1, 1};    // mm
    std::array<double, 3> origin{0, 0, 0};     // mm, physical position of voxel (0,0,0)
    std::array<double, 9> direction{1, 0, 0, 0, 1, 0, 0, 0, 1};  // row-major; column c = axis c

    int columns() const { return size[0]; }
    int rows() const { return size[1]; }
    int slices() const { return size[2]; }
    size_t sliceVoxels() const { return size_t(size[0]) * size_t(size[1]); }
    size_t voxelCount() const { return sliceVoxels() * size_t(size[2]); }
    bool isEmpty() const { return voxelCount() == 0; }
    bool contains(int i, int j, int k) const {
        return i >= 0 && j >= 0 && k >= 0 && i < size[0] && j < size[1] && k < size[2];
    }
    size_t offset(int i, int j, int k) const {
        return (size_t(k) * size_t(size[1]) + size_t(j)) * size_t(size[0]) + size_t(i);
    }

    // Physical (LPS, mm) position of a continuous voxel index.
    std::array<double, 3> indexToPhysical(double i, double j, double k) const;

    // Three letters naming where each axis points in patient space, e.g. "LPS" (ITK's identity),
    // "RAS" (a NIfTI written by a RAS tool without a flip), "LPI".
    std::string orientationCode() const;

    // Same size, and spacing/origin/direction equal within tol (mm or cosine units).
    bool sameGrid(const ImageGeometry& other, double tol = 1e-3) const;

    // A one-slice geometry for 2-D images: unit spacing unless given.
    static ImageGeometry forSlice(int columns, int rows, double spacingX = 1.0, double spacingY = 1.0);
};

}  // namespace cosingan
