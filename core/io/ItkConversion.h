#pragma once
// Internal to core/io: copying between our voxel grids and itk::Image, and canonical reorientation.
#include "volume/ImageGeometry.h"
#include "volume/VoxelGrid.h"

#include <itkImage.h>
#include <itkOrientImageFilter.h>

#include <algorithm>
#include <cstring>

namespace cosingan::itkconv {

template <typename ImageT>
ImageGeometry geometryOf(const ImageT* image) {
    ImageGeometry g;
    const auto region = image->GetLargestPossibleRegion();
    for (unsigned a = 0; a < 3; ++a) {
        g.size[a] = int(region.GetSize()[a]);
        g.spacing[a] = image->GetSpacing()[a];
        g.origin[a] = image->GetOrigin()[a];
        for (unsigned c = 0; c < 3; ++c) g.direction[a * 3 + c] = image->GetDirection()[a][c];
    }
    return g;
}

template <typename T>
typename itk::Image<T, 3>::Pointer toItk(const VoxelGrid<T>& grid) {
    using ImageT = itk::Image<T, 3>;
    auto image = ImageT::New();
    const ImageGeometry& g = grid.geometry();
    typename ImageT::RegionType region;
    typename ImageT::SpacingType spacing;
    typename ImageT::PointType origin;
    typename ImageT::DirectionType direction;
    for (unsigned a = 0; a < 3; ++a) {
        region.SetSize(a, itk::SizeValueType(g.size[a]));
        region.SetIndex(a, 0);
        spacing[a] = g.spacing[a];
        origin[a] = g.origin[a];
        for (unsigned c = 0; c < 3; ++c) direction[a][c] = g.direction[a * 3 + c];
    }
    image->SetRegions(region);
    image->SetSpacing(spacing);
    image->SetOrigin(origin);
    image->SetDirection(direction);
    image->Allocate();
    std::memcpy(image->GetBufferPointer(), grid.voxels().data(), grid.voxels().size() * sizeof(T));
    return image;
}

// Reorients to ITK's "RAI" code, whose direction matrix is the identity: x -> Left, y -> Posterior,
// z -> Superior (LPS). Only axis permutations and flips are applied; no resampling.
template <typename ImageT>
typename ImageT::Pointer toCanonical(typename ImageT::Pointer image) {
    auto orienter = itk::OrientImageFilter<ImageT, ImageT>::New();
    orienter->UseImageDirectionOn();
    orienter->SetDesiredCoordinateOrientation(itk::SpatialOrientation::ITK_COORDINATE_ORIENTATION_RAI);
    orienter->SetInput(image);
    orienter->Update();
    typename ImageT::Pointer out = orienter->GetOutput();
    out->DisconnectPipeline();
    return out;
}

}  // namespace cosingan::itkconv
