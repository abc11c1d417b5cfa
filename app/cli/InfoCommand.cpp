// cosingan info FILE [--json]: dimensions, spacing, orientation and HU range of a CT file or series.
#include "CliArgs.h"
#include "Commands.h"

#include "io/VolumeIO.h"
#include "util/Json.h"

#include <cstdio>
#include <iostream>

namespace cosingan::cli {

int runInfo(const Args& argv) {
    CliArgs args(argv, {"json", "help"});
    if (args.has("help")) {
        std::printf("usage: cosingan info FILE|DICOM-FOLDER [--json]\n\n"
                    "Reads a CT file (NIfTI, DICOM, PNG/JPEG slice) or a DICOM series folder and prints its\n"
                    "dimensions, voxel spacing, origin, orientation and HU range, and any warning about it.\n"
                    "  --json                machine-readable output\n");
        return 0;
    }
    args.rejectUnknown({"json", "help"});
    if (args.positionals().size() != 1) throw UsageError("usage: cosingan info FILE|DICOM-FOLDER [--json]");
    const std::string path = args.positionals()[0];
    const CtVolume v = readCtVolume(path);
    const ImageGeometry& g = v.geometry();
    const auto range = v.huRange();

    if (args.has("json")) {
        Json j = Json::object();
        j["path"] = path;
        j["format"] = v.provenance.format;
        j["dimensions"] = std::vector<int>{g.size[0], g.size[1], g.size[2]};
        j["spacing_mm"] = std::vector<double>{g.spacing[0], g.spacing[1], g.spacing[2]};
        j["origin_mm"] = std::vector<double>{g.origin[0], g.origin[1], g.origin[2]};
        j["direction"] = std::vector<double>(g.direction.begin(), g.direction.end());
        j["orientation_in_file"] = v.provenance.originalOrientation;
        j["orientation"] = g.orientationCode();
        j["hu_min"] = int(range.first);
        j["hu_max"] = int(range.second);
        j["from_8bit_image"] = v.provenance.fromEightBitImage;
        j["description"] = v.provenance.description;
        j["warnings"] = v.provenance.warnings;
        j["looks_like_label_map"] = v.provenance.looksLikeLabelMap;
        std::cout << j.dump(2) << '\n';
        return 0;
    }
    std::printf("File:         %s\n", path.c_str());
    std::printf("Format:       %s%s%s\n", v.provenance.format.c_str(), v.provenance.description.empty() ? "" : " — ",
                v.provenance.description.c_str());
    std::printf("Dimensions:   %d x %d x %d voxels\n", g.size[0], g.size[1], g.size[2]);
    std::printf("Spacing:      %.4g x %.4g x %.4g mm\n", g.spacing[0], g.spacing[1], g.spacing[2]);
    std::printf("Origin:       (%.2f, %.2f, %.2f) mm (LPS)\n", g.origin[0], g.origin[1], g.origin[2]);
    std::printf("Orientation:  %s in the file, shown as %s (axial: anterior up, patient right on the left)\n",
                v.provenance.originalOrientation.c_str(), g.orientationCode().c_str());
    std::printf("HU range:     %d .. %d%s\n", int(range.first), int(range.second),
                v.provenance.fromEightBitImage ? " (mapped from 8-bit grey through the lung window)" : "");
    for (const auto& w : v.provenance.warnings) std::printf("Warning:      %s\n", w.c_str());
    return 0;
}

}  // namespace cosingan::cli
