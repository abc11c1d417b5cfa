#include "DicomCheck.h"

#include "StderrCapture.h"
#include "VolumeIO.h"

#include <gdcmDataSet.h>
#include <gdcmImageReader.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfFragments.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
#include <fstream>
#include <sstream>

namespace cosingan {

namespace {

struct RefusedClass {
    const char* uidPrefix;
    const char* what;
};

// SOP classes that carry no CT image (or none this application can use).
const RefusedClass kRefused[] = {
    {"1.2.840.10008.5.1.4.1.1.481.2", COSINGAN_MESSAGE("Messages", "an RT dose object (a radiotherapy dose grid)")},
    {"1.2.840.10008.5.1.4.1.1.481.3", COSINGAN_MESSAGE("Messages", "an RT structure set (contours)")},
    {"1.2.840.10008.5.1.4.1.1.481.5", COSINGAN_MESSAGE("Messages", "an RT plan")},
    {"1.2.840.10008.5.1.4.1.1.481.", COSINGAN_MESSAGE("Messages", "a radiotherapy object")},
    {"1.2.840.10008.5.1.4.1.1.88.", COSINGAN_MESSAGE("Messages", "a structured report")},
    {"1.2.840.10008.5.1.4.1.1.11.", COSINGAN_MESSAGE("Messages", "a presentation state")},
    {"1.2.840.10008.5.1.4.1.1.66.4",
     COSINGAN_MESSAGE("Messages", "a segmentation object (use it as a label map only after converting it)")},
    {"1.2.840.10008.5.1.4.1.1.66", COSINGAN_MESSAGE("Messages", "a raw-data or registration object")},
    {"1.2.840.10008.5.1.4.1.1.104.", COSINGAN_MESSAGE("Messages", "an encapsulated document (PDF/CDA)")},
    {"1.2.840.10008.5.1.4.1.1.9.", COSINGAN_MESSAGE("Messages", "a waveform")},
};

std::string text(const gdcm::DataSet& ds, uint16_t group, uint16_t element) {
    const gdcm::Tag tag(group, element);
    if (!ds.FindDataElement(tag)) return {};
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    if (!bv) return {};
    std::string s(bv->GetPointer(), bv->GetLength());
    while (!s.empty() && (s.back() == '\0' || s.back() == ' ')) s.pop_back();
    return s;
}

int unsignedShort(const gdcm::DataSet& ds, uint16_t group, uint16_t element, bool bigEndian) {
    const gdcm::Tag tag(group, element);
    if (!ds.FindDataElement(tag)) return -1;
    const gdcm::ByteValue* bv = ds.GetDataElement(tag).GetByteValue();
    if (!bv || bv->GetLength() < 2) return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(bv->GetPointer());
    return bigEndian ? (p[0] << 8 | p[1]) : (p[1] << 8 | p[0]);
}

// Height and width from the first JPEG frame header (SOFn) of a fragment; false when none.
bool jpegFrameSize(const gdcm::ByteValue& fragment, int& height, int& width) {
    const auto* p = reinterpret_cast<const unsigned char*>(fragment.GetPointer());
    const size_t n = uint32_t(fragment.GetLength());
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8) return false;
    size_t i = 2;
    while (i + 9 < n) {
        if (p[i] != 0xFF) return false;
        const unsigned char marker = p[i + 1];
        const size_t length = size_t(p[i + 2]) << 8 | p[i + 3];
        const bool sof = (marker >= 0xC0 && marker <= 0xCF) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            height = p[i + 5] << 8 | p[i + 6];
            width = p[i + 7] << 8 | p[i + 8];
            return true;
        }
        i += 2 + length;
    }
    return false;
}

bool endsWithJpegEnd(const gdcm::ByteValue& fragment) {
    const auto* p = reinterpret_cast<const unsigned char*>(fragment.GetPointer());
    const size_t n = uint32_t(fragment.GetLength());
    for (size_t k = n; k >= 2 && k + 4 >= n; --k)  // the end marker, maybe followed by padding
        if (p[k - 2] == 0xFF && p[k - 1] == 0xD9) return true;
    return false;
}

}  // namespace

bool hasDicomPreamble(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char buf[132] = {};
    in.read(buf, sizeof buf);
    return in.gcount() == 132 && std::memcmp(buf + 128, "DICM", 4) == 0;
}

std::string damageReportedByDecoder(const std::string& captured) {
    static const char* signs[] = {"Corrupt JPEG", "dimension mismatch", "could not be read", "could be corrupted",
                                  "premature end", "Premature end", "Bogus", "Huffman", "truncat", "Truncat",
                                  "Impossible", "Failed to", "not enough", "Not enough", "Incomplete"};
    std::istringstream lines(captured);
    std::string line;
    while (std::getline(lines, line))
        for (const char* sign : signs)
            if (line.find(sign) != std::string::npos) return line;
    return {};
}

namespace {

DicomFacts vetInProcess(const std::string& path) {
    gdcm::Reader reader;
    reader.SetFileName(path.c_str());
    StderrCapture capture;
    const bool read = reader.Read();
    const std::string damage = damageReportedByDecoder(capture.finish());
    if (!read)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' cannot be read as DICOM: the file is damaged, truncated or of another kind."), {path});
    if (!damage.empty())
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its pixel data cannot be read completely (%2)."), {path, damage});

    const gdcm::File& file = reader.GetFile();
    const gdcm::DataSet& ds = file.GetDataSet();
    DicomFacts facts;
    facts.sopClass = text(ds, 0x0008, 0x0016);
    if (facts.sopClass.empty()) facts.sopClass = text(file.GetHeader(), 0x0002, 0x0002);
    facts.modality = text(ds, 0x0008, 0x0060);
    facts.seriesUid = text(ds, 0x0020, 0x000e);
    for (const auto& r : kRefused)
        if (facts.sopClass.rfind(r.uidPrefix, 0) == 0)
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is %2 (SOP class %3), not a CT image. Open the CT series it belongs to."),
                          {path, r.what, facts.sopClass});
    const gdcm::Tag pixelTag(0x7fe0, 0x0010);
    if (!ds.FindDataElement(pixelTag)) {
        if (facts.modality.empty())
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' holds no image: it is a DICOM object of another kind. Open "
                                           "the CT series."),
                          {path});
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' holds no image (modality %2): it is a DICOM object of another "
                                       "kind. Open the CT series."),
                      {path, facts.modality});
    }

    const bool bigEndian = file.GetHeader().GetDataSetTransferSyntax() == gdcm::TransferSyntax::ExplicitVRBigEndian;
    facts.rows = unsignedShort(ds, 0x0028, 0x0010, bigEndian);
    facts.columns = unsignedShort(ds, 0x0028, 0x0011, bigEndian);
    const int bits = unsignedShort(ds, 0x0028, 0x0100, bigEndian);
    const int samples = std::max(1, unsignedShort(ds, 0x0028, 0x0002, bigEndian));
    if (facts.rows <= 0 || facts.columns <= 0)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: it has pixel data but no valid Rows/Columns (%2 x %3)."),
                      {path, std::to_string(facts.rows), std::to_string(facts.columns)});
    if (bits != 8 && bits != 16 && bits != 32)
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' has %2 bits allocated per pixel; CT images have 8, 16 or 32."), {path, std::to_string(bits)});
    const std::string spacing = text(ds, 0x0028, 0x0030);
    facts.spacingMissing = spacing.empty();
    if (!spacing.empty()) {
        double row = 0, column = 0;
        char sep = 0;
        std::istringstream values(spacing);
        values >> row >> sep >> column;
        if (!values || sep != '\\' || !(row > 0) || !(column > 0) || !std::isfinite(row) || !std::isfinite(column))
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' has an unusable pixel spacing (\"%2\"): the file is damaged or was written "
                                           "incorrectly. CoSinGAN Studio will not invent one."),
                          {path, spacing});
    }
    const std::string frames = text(ds, 0x0028, 0x0008);
    if (!frames.empty()) facts.frames = std::max(1, std::atoi(frames.c_str()));

    const gdcm::DataElement& pixels = ds.GetDataElement(pixelTag);
    if (const gdcm::SequenceOfFragments* sf = pixels.GetSequenceOfFragments()) {
        facts.encapsulated = true;
        if (sf->GetNumberOfFragments() == 0) throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its compressed pixel data is empty."), {path});
        const gdcm::ByteValue* first = sf->GetFragment(0).GetByteValue();
        const gdcm::ByteValue* last = sf->GetFragment(sf->GetNumberOfFragments() - 1).GetByteValue();
        int h = 0, w = 0;
        if (first && jpegFrameSize(*first, h, w)) {
            if (h != facts.rows || w != facts.columns)
                throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its header says %2 x %3 pixels but the compressed image inside is "
                                                 "%4 x %5."),
                              {path, std::to_string(facts.columns), std::to_string(facts.rows), std::to_string(w),
                               std::to_string(h)});
            if (facts.frames == 1 && (!last || !endsWithJpegEnd(*last)))
                throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is truncated: its compressed image stops before its end marker."), {path});
        }
    } else {
        const gdcm::ByteValue* bv = pixels.GetByteValue();
        const uint64_t expected = uint64_t(facts.rows) * uint64_t(facts.columns) * uint64_t(facts.frames) * uint64_t(samples) *
                                  uint64_t(bits / 8);
        const uint64_t got = bv ? uint64_t(uint32_t(bv->GetLength())) : 0;
        if (got < expected)
            throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is truncated: it holds %2 bytes of pixel data, but %3 x %4 pixels need %5."),
                          {path, std::to_string(got), std::to_string(facts.columns), std::to_string(facts.rows),
                           std::to_string(expected)});
    }
    // What ITK will do next: the image reader's header and the decoding of every frame.
    gdcm::ImageReader image;
    image.SetFileName(path.c_str());
    StderrCapture decoding;
    bool decoded = image.Read();
    if (decoded) {
        std::vector<char> buffer(size_t(image.GetImage().GetBufferLength()));
        decoded = image.GetImage().GetBuffer(buffer.data());
    }
    const std::string decoderDamage = damageReportedByDecoder(decoding.finish());
    if (!decoded) throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: its pixel data cannot be decoded."), {path});
    if (!decoderDamage.empty())
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: the DICOM decoder reported \"%2\". Its pixels would be wrong; use an "
                                       "undamaged copy."),
                      {path, decoderDamage});
    return facts;
}

// A refusal crosses the pipe encoded, template and arguments (so that the app can translate it).
std::string messageForParent(const std::exception& e) {
    const auto* m = dynamic_cast<const UserMessage*>(&e);
    return m ? m->encoded() : e.what();
}

}  // namespace

DicomFacts vetDicomFile(const std::string& path) {
    int channel[2];
    if (::pipe2(channel, O_CLOEXEC) != 0) return vetInProcess(path);
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(channel[0]);
        ::close(channel[1]);
        return vetInProcess(path);
    }
    if (child == 0) {  // the child: answer "OK rows columns frames encapsulated" or the refusal
        ::close(channel[0]);
        std::string answer;
        int code = 0;
        try {
            const DicomFacts f = vetInProcess(path);
            answer = "OK " + std::to_string(f.rows) + " " + std::to_string(f.columns) + " " + std::to_string(f.frames) + " " +
                     std::to_string(int(f.encapsulated)) + " " + std::to_string(int(f.spacingMissing)) + "\n" + f.sopClass + "\n" + f.modality + "\n" + f.seriesUid;
        } catch (const std::exception& e) {
            answer = messageForParent(e);
            code = 1;
        }
        for (size_t done = 0; done < answer.size();) {
            const ssize_t n = ::write(channel[1], answer.data() + done, answer.size() - done);
            if (n <= 0) break;
            done += size_t(n);
        }
        ::_exit(code);
    }
    ::close(channel[1]);
    std::string answer;
    char buf[4096];
    for (ssize_t n; (n = ::read(channel[0], buf, sizeof buf)) > 0;) answer.append(buf, size_t(n));
    ::close(channel[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        throw IoError(COSINGAN_MESSAGE("Messages", "'%1' is damaged: reading it makes the DICOM library fail (signal %2 "
                                       "in a separate check process). Use an undamaged copy of the file."),
                      {path, std::to_string(WTERMSIG(status))});
    if (WEXITSTATUS(status) != 0 || answer.rfind("OK ", 0) != 0) {
        if (answer.empty()) throw IoError(COSINGAN_MESSAGE("Messages", "'%1' cannot be read as DICOM."), {path});
        throw IoError(UserMessage::decoded(answer));
    }
    DicomFacts f;
    std::istringstream in(answer.substr(3));
    int encapsulated = 0, spacingMissing = 0;
    in >> f.rows >> f.columns >> f.frames >> encapsulated >> spacingMissing;
    f.encapsulated = encapsulated != 0;
    f.spacingMissing = spacingMissing != 0;
    in.ignore();
    std::getline(in, f.sopClass);
    std::getline(in, f.modality);
    std::getline(in, f.seriesUid);
    return f;
}

}  // namespace cosingan
