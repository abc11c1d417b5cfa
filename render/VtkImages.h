#pragma once
// The app's volumes as vtkImageData: the same voxels (copied), spacing and origin in LPS mm.
// Volumes are canonical (axes along L, P, S: ImageGeometry.h), so the axes are the world axes.
#include "volume/CtVolume.h"
#include "volume/Labels.h"

#include <vtkSmartPointer.h>

class vtkImageData;

namespace cosingan::render {

vtkSmartPointer<vtkImageData> toVtkImage(const CtVolume& volume);
vtkSmartPointer<vtkImageData> toVtkImage(const LabelMap& labels);

}  // namespace cosingan::render
