#include "LabelOutline.h"

#include <vtkImageData.h>
#include <vtkLookupTable.h>

#include <cstdint>

namespace cosingan::render {

namespace {

constexpr double kColours[4][3] = {{0, 0, 0}, {0.30, 0.75, 0.95}, {0.35, 0.85, 0.45}, {0.95, 0.25, 0.20}};

}  // namespace

vtkSmartPointer<vtkImageData> outlineCodedLabels(vtkImageData* labels) {
    int d[3];
    labels->GetDimensions(d);
    auto coded = vtkSmartPointer<vtkImageData>::New();
    coded->SetDimensions(d);
    coded->SetSpacing(labels->GetSpacing());
    coded->SetOrigin(labels->GetOrigin());
    coded->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
    const auto* in = static_cast<const uint8_t*>(labels->GetScalarPointer());
    auto* out = static_cast<uint8_t*>(coded->GetScalarPointer());
    const int64_t nx = d[0], ny = d[1], nz = d[2];
    const int64_t step[3] = {1, nx, nx * ny};
    const int64_t size[3] = {nx, ny, nz};
    for (int64_t z = 0; z < nz; ++z)
        for (int64_t y = 0; y < ny; ++y)
            for (int64_t x = 0; x < nx; ++x) {
                const int64_t i = x + nx * (y + ny * z);
                const uint8_t v = in[i] & 3;
                if (v == 0) {
                    out[i] = 0;
                    continue;
                }
                const int64_t at[3] = {x, y, z};
                bool edge[3];  // a differing neighbour along world axis a
                for (int a = 0; a < 3; ++a)
                    edge[a] = at[a] == 0 || at[a] == size[a] - 1 || (in[i - step[a]] & 3) != v ||
                              (in[i + step[a]] & 3) != v;
                // The plane perpendicular to axis n spans the two other axes.
                const int bits = (edge[1] || edge[2] ? 1 : 0) | (edge[0] || edge[2] ? 2 : 0) | (edge[0] || edge[1] ? 4 : 0);
                out[i] = uint8_t(v | bits << 2);
            }
    return coded;
}

vtkSmartPointer<vtkLookupTable> outlineColours(int normal) {
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    table->SetNumberOfTableValues(32);
    table->SetRange(0, 31);
    for (int v = 0; v < 32; ++v) {
        const int label = v & 3;
        const bool onOutline = label != 0 && ((v >> 2) >> normal & 1);
        table->SetTableValue(v, kColours[label][0], kColours[label][1], kColours[label][2], onOutline ? 1.0 : 0.0);
    }
    table->Build();
    return table;
}

vtkSmartPointer<vtkLookupTable> labelColours() {
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    table->SetNumberOfTableValues(4);
    table->SetRange(0, 3);
    for (int v = 0; v < 4; ++v) table->SetTableValue(v, kColours[v][0], kColours[v][1], kColours[v][2], v == 0 ? 0.0 : 1.0);
    table->Build();
    return table;
}

}  // namespace cosingan::render
