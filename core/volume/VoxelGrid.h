#pragma once
// Voxels of one scalar type on an ImageGeometry, slice-major (x fastest).
#include "ImageGeometry.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace cosingan {

template <typename T>
class VoxelGrid {
public:
    using value_type = T;

    VoxelGrid() = default;
    explicit VoxelGrid(const ImageGeometry& g, T fill = T{}) : geometry_(g), voxels_(g.voxelCount(), fill) {}
    VoxelGrid(const ImageGeometry& g, std::vector<T> voxels) : geometry_(g), voxels_(std::move(voxels)) {
        if (voxels_.size() != g.voxelCount()) throw std::invalid_argument("voxel count does not match the geometry");
    }

    const ImageGeometry& geometry() const { return geometry_; }
    // Changing the geometry keeps the voxels; only origin/spacing/direction may change this way.
    void setPlacement(const ImageGeometry& g) {
        if (g.size != geometry_.size) throw std::invalid_argument("placement must keep the grid size");
        geometry_ = g;
    }
    int columns() const { return geometry_.size[0]; }
    int rows() const { return geometry_.size[1]; }
    int slices() const { return geometry_.size[2]; }
    bool isEmpty() const { return voxels_.empty(); }

    T at(int i, int j, int k) const { return voxels_[geometry_.offset(i, j, k)]; }
    T& at(int i, int j, int k) { return voxels_[geometry_.offset(i, j, k)]; }
    const T* slice(int k) const { return voxels_.data() + size_t(k) * geometry_.sliceVoxels(); }
    T* slice(int k) { return voxels_.data() + size_t(k) * geometry_.sliceVoxels(); }
    std::vector<T> sliceCopy(int k) const { return std::vector<T>(slice(k), slice(k) + geometry_.sliceVoxels()); }
    void setSlice(int k, const std::vector<T>& values) {
        if (values.size() != geometry_.sliceVoxels()) throw std::invalid_argument("slice size does not match");
        std::copy(values.begin(), values.end(), slice(k));
    }

    const std::vector<T>& voxels() const { return voxels_; }
    std::vector<T>& voxels() { return voxels_; }

private:
    ImageGeometry geometry_;
    std::vector<T> voxels_;
};

}  // namespace cosingan
