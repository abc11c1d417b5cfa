#include "BadInputFactory.h"

#include <gdcmDataSet.h>
#include <gdcmFileMetaInformation.h>
#include <gdcmUIDGenerator.h>
#include <gdcmWriter.h>
#include <zlib.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

namespace fs = std::filesystem;

namespace cosingan::test {

namespace {

template <typename T>
void put(std::string& h, size_t at, T v) {
    std::memcpy(&h[at], &v, sizeof v);
}

std::string header1(const NiftiSpec& s) {
    std::string h(352, '\0');
    put<int32_t>(h, 0, 348);
    put<int16_t>(h, 40, int16_t(s.dim0 >= 0 ? s.dim0 : int64_t(s.dims.size())));
    for (size_t i = 0; i < 7; ++i) put<int16_t>(h, 42 + 2 * i, int16_t(i < s.dims.size() ? s.dims[i] : 1));
    put<int16_t>(h, 70, int16_t(s.datatype));
    put<int16_t>(h, 72, int16_t(s.bitpix));
    put<float>(h, 76, 1.0f);
    for (int i = 0; i < 3; ++i) put<float>(h, 80 + 4 * size_t(i), float(s.spacing[i]));
    put<float>(h, 108, 352.0f);
    put<float>(h, 112, float(s.sclSlope));
    put<float>(h, 116, float(s.sclInter));
    h[123] = 2;                  // millimetres
    put<int16_t>(h, 254, 1);     // sform
    for (int r = 0; r < 3; ++r) {
        put<float>(h, 280 + 16 * size_t(r) + 4 * size_t(r), float(r < 2 ? -s.spacing[r] : s.spacing[r]));
        put<float>(h, 280 + 16 * size_t(r) + 12, float(10 * r));
    }
    std::memcpy(&h[344], "n+1\0", 4);
    return h;
}

std::string header2(const NiftiSpec& s) {
    std::string h(544, '\0');
    put<int32_t>(h, 0, 540);
    std::memcpy(&h[4], "n+2\0\r\n\032\n", 8);
    put<int16_t>(h, 12, int16_t(s.datatype));
    put<int16_t>(h, 14, int16_t(s.bitpix));
    put<int64_t>(h, 16, s.dim0 >= 0 ? s.dim0 : int64_t(s.dims.size()));
    for (size_t i = 0; i < 7; ++i) put<int64_t>(h, 24 + 8 * i, i < s.dims.size() ? s.dims[i] : 1);
    put<double>(h, 104, 1.0);
    for (int i = 0; i < 3; ++i) put<double>(h, 112 + 8 * size_t(i), s.spacing[i]);
    put<int64_t>(h, 168, 544);
    put<double>(h, 176, s.sclSlope);
    put<double>(h, 184, s.sclInter);
    put<int32_t>(h, 348, 1);  // sform
    for (int r = 0; r < 3; ++r) {
        put<double>(h, 400 + 32 * size_t(r) + 8 * size_t(r), r < 2 ? -s.spacing[r] : s.spacing[r]);
        put<double>(h, 400 + 32 * size_t(r) + 24, 10.0 * r);
    }
    put<int32_t>(h, 500, 2);
    return h;
}

}  // namespace

void writeNifti(const std::string& path, NiftiSpec s) {
    if (s.data.empty()) {
        int64_t n = 1;
        for (int64_t d : s.dims) n *= std::max<int64_t>(d, 1);
        s.data.resize(size_t(n) * size_t(std::max(s.bitpix, 8) / 8));
        for (size_t i = 0; i < s.data.size(); ++i) s.data[i] = char((i * 7) % 251);
    }
    const std::string bytes = (s.version == 2 ? header2(s) : header1(s)) + std::string(s.data.begin(), s.data.end());
    if (!s.gzip) {
        writeBytes(path, bytes);
        return;
    }
    gzFile f = gzopen(path.c_str(), "wb");
    if (!f || gzwrite(f, bytes.data(), unsigned(bytes.size())) != int(bytes.size())) throw std::runtime_error("gzwrite " + path);
    gzclose(f);
}

void writeDicom(const std::string& path, const DicomSpec& s) {
    using namespace gdcm;
    Writer w;
    File& file = w.GetFile();
    DataSet& ds = file.GetDataSet();
    auto text = [&](uint16_t g, uint16_t e, VR vr, std::string v) {
        if (v.size() % 2) v += vr == VR::UI ? '\0' : ' ';
        DataElement de(Tag(g, e));
        de.SetVR(vr);
        de.SetByteValue(v.data(), uint32_t(v.size()));
        ds.Replace(de);
    };
    auto us = [&](uint16_t g, uint16_t e, uint16_t v) {
        DataElement de(Tag(g, e));
        de.SetVR(VR::US);
        de.SetByteValue(reinterpret_cast<const char*>(&v), 2);
        ds.Replace(de);
    };
    UIDGenerator uid;
    text(0x0008, 0x0016, VR::UI, s.sopClass);
    text(0x0008, 0x0018, VR::UI, uid.Generate());
    text(0x0008, 0x0060, VR::CS, s.modality);
    text(0x0010, 0x0010, VR::PN, "Test^Phantom");
    text(0x0020, 0x000d, VR::UI, "1.2.826.0.1.3680043.8.498.2");
    text(0x0020, 0x000e, VR::UI, s.seriesUid);
    std::ostringstream pos;
    pos << "0\\0\\" << s.z;
    text(0x0020, 0x0032, VR::DS, pos.str());
    text(0x0020, 0x0037, VR::DS, "1\\0\\0\\0\\1\\0");
    if (s.pixelData) {
        us(0x0028, 0x0002, 1);
        text(0x0028, 0x0004, VR::CS, "MONOCHROME2");
        if (s.frames > 1) text(0x0028, 0x0008, VR::IS, std::to_string(s.frames));
        us(0x0028, 0x0010, uint16_t(s.rows));
        us(0x0028, 0x0011, uint16_t(s.columns));
        text(0x0028, 0x0030, VR::DS, "0.7\\0.7");
        us(0x0028, 0x0100, 16);
        us(0x0028, 0x0101, 16);
        us(0x0028, 0x0102, 15);
        us(0x0028, 0x0103, 1);
        text(0x0028, 0x1052, VR::DS, "0");
        text(0x0028, 0x1053, VR::DS, "1");
    }
    for (const std::string& extra : s.extraText) {  // "gggg,eeee=VR=value"
        const unsigned g = std::stoul(extra.substr(0, 4), nullptr, 16), e = std::stoul(extra.substr(5, 4), nullptr, 16);
        const std::string vr = extra.substr(10, 2), value = extra.substr(13);
        text(uint16_t(g), uint16_t(e), VR::GetVRType(vr.c_str()), value);
    }
    if (s.pixelData) {
        std::vector<int16_t> px(size_t(s.rows) * size_t(s.columns) * size_t(s.frames));
        for (size_t i = 0; i < px.size(); ++i) px[i] = int16_t(-1000 + int(i % 1500));
        DataElement pd(Tag(0x7fe0, 0x0010));
        pd.SetVR(VR::OW);
        pd.SetByteValue(reinterpret_cast<const char*>(px.data()), uint32_t(px.size() * 2));
        ds.Replace(pd);
    }
    file.GetHeader().SetDataSetTransferSyntax(TransferSyntax::ExplicitVRLittleEndian);
    w.SetFileName(path.c_str());
    if (!w.Write()) throw std::runtime_error("cannot write DICOM " + path);
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + path);
}

void truncateFile(const std::string& path, double keep) {
    fs::resize_file(path, uintmax_t(double(fs::file_size(path)) * keep));
}

void xorByte(const std::string& path, size_t offset, unsigned char mask) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(std::streamoff(offset));
    const int c = f.get();
    f.seekp(std::streamoff(offset));
    f.put(char((unsigned char)c ^ mask));
}

size_t findBytes(const std::string& path, const std::string& pattern) {
    std::ifstream in(path, std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return all.find(pattern);
}

void copyFile(const std::string& from, const std::string& to) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    fs::permissions(to, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::add);
}

}  // namespace cosingan::test
