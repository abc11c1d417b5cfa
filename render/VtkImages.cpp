#include "VtkImages.h"

#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkDataArray.h>

#include <cstring>

namespace cosingan::render {

namespace {

template <typename T>
vtkSmartPointer<vtkImageData> convert(const VoxelGrid<T>& grid, int vtkType) {
    const ImageGeometry& g = grid.geometry();
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(g.size[0], g.size[1], g.size[2]);
    image->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    image->SetOrigin(g.origin[0], g.origin[1], g.origin[2]);
    image->AllocateScalars(vtkType, 1);
    std::memcpy(image->GetScalarPointer(), grid.voxels().data(), grid.voxels().size() * sizeof(T));
    return image;
}

}  // namespace

vtkSmartPointer<vtkImageData> toVtkImage(const CtVolume& volume) { return convert(volume, VTK_SHORT); }
vtkSmartPointer<vtkImageData> toVtkImage(const LabelMap& labels) { return convert(labels, VTK_UNSIGNED_CHAR); }

}  // namespace cosingan::render
