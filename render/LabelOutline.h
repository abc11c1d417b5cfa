#pragma once
// Label outlines for the reformat views, from one extra volume shared by the three planes: each
// voxel holds its label (bits 0-1) and, in bits 2-4, whether it lies on the label's boundary within
// the sagittal (bit 2), coronal (bit 3) and axial (bit 4) plane through it - a boundary being a
// labelled voxel with a differently labelled (or missing) neighbour along the plane's two axes. A
// view then shows the outline of its own plane by its colour table alone (outlineColours), so the
// top slice of a lung is drawn as a ring in the axial view, not as a filled disc.
#include <vtkSmartPointer.h>

class vtkImageData;
class vtkLookupTable;

namespace cosingan::render {

// labels: unsigned char, values 0..3, axes along the world axes (VtkImages.h).
vtkSmartPointer<vtkImageData> outlineCodedLabels(vtkImageData* labels);

// The colour table for outlineCodedLabels in the plane perpendicular to world axis `normal`
// (0 sagittal, 1 coronal, 2 axial): label colours on that plane's boundary voxels, clear elsewhere.
vtkSmartPointer<vtkLookupTable> outlineColours(int normal);
// The label colours for filled labels (0 clear, 1 left lung, 2 right lung, 3 infection).
vtkSmartPointer<vtkLookupTable> labelColours();

}  // namespace cosingan::render
