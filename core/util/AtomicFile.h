#pragma once
// Atomic, checked saves: every file the product writes (masks, volumes, sessions, models,
// checkpoints, images) is written to a temporary sibling, flushed to the disk with its size and
// every write checked, and only then renamed over the target — so a crash or a full disk never
// leaves a half-written file where a good one was, nor a truncated file under its final name.
#include "util/UserMessage.h"

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace cosingan {

// A write that failed because the disk (or quota) is full. The message says where and what to do.
class DiskFullError : public UserError {
public:
    using UserError::UserError;
};

// Writes bytes to a file descriptor opened for a temporary path; never throws while writing (so it
// can sit inside a library's writer callback whose exceptions would escape a destructor), but
// remembers the first failure. finish() flushes to the disk, checks the size and throws the
// failure (DiskFullError for ENOSPC/EDQUOT, UserError otherwise).
class CheckedFileWriter {
public:
    explicit CheckedFileWriter(const std::string& path);
    ~CheckedFileWriter();
    CheckedFileWriter(const CheckedFileWriter&) = delete;
    CheckedFileWriter& operator=(const CheckedFileWriter&) = delete;

    // Returns n always (the failure is reported by finish()), so callers' own checks stay quiet.
    size_t write(const void* data, size_t n);
    void finish();
    bool failed() const { return error_ != 0; }
    size_t bytesWritten() const { return written_; }

private:
    std::string path_;
    int fd_ = -1;
    int error_ = 0;
    size_t written_ = 0;
};

// Calls write(tmpPath) with a temporary path in the target's folder that keeps the target's
// extension (".nii.gz", ".png", ...) so that extension-driven writers pick the right format; then
// verify(tmpPath) if given (a writer that cannot report its own failures, such as ITK's gzip
// writer, is checked by reading its output back), flushes and renames onto target. On any
// exception the temporary file is removed and the exception propagates (ENOSPC as DiskFullError);
// the target is untouched.
void writeFileAtomically(const std::string& target, const std::function<void(const std::string& tmpPath)>& write,
                         const std::function<void(const std::string& tmpPath)>& verify = {});

// The bytes of a whole file, written with CheckedFileWriter and renamed (the common case).
void writeBytesAtomically(const std::string& target, const void* data, size_t size);
inline void writeBytesAtomically(const std::string& target, const std::string& bytes) {
    writeBytesAtomically(target, bytes.data(), bytes.size());
}

// Same for a folder: write(tmpDir) fills a fresh temporary folder next to target; it then replaces
// target (the old folder is moved aside first and removed after the swap).
void writeFolderAtomically(const std::string& target, const std::function<void(const std::string& tmpDir)>& write);

// Removes a file or a folder tree; missing paths are fine. Uses POSIX nftw rather than
// std::filesystem::remove_all: a PyTorch wheel's libtorch.so exports its own, broken copy of the
// std::filesystem functions, and that copy can win the dynamic symbol lookup.
void removeTree(const std::string& path);

// Moves a folder to a path that does not exist yet: a rename, or across file systems a copy that
// is completed (and checked) before the original is removed. Throws with the reason; on failure
// the original is untouched and no partial copy is left.
void moveFolder(const std::string& from, const std::string& to);

// Removes the temporaries (".NAME.saving-*", ".NAME.old-*") an interrupted save left in folder and
// its subfolders; returns how many were removed. Only for folders the app owns (model folders).
int removeOrphanedTemporaries(const std::string& folder);
// True for the name of such a temporary.
bool isSaveTemporaryName(const std::string& fileName);

// Full extension of a file name: "a.nii.gz" -> ".nii.gz", "b.png" -> ".png", "c" -> "".
std::string fullExtension(const std::string& path);

// The sentence for a failed write of `path` with errno `err` ("no space left on ..."), to translate.
UserMessage writeFailureMessage(const std::string& path, int err);

// Testing aid: after this many more bytes every CheckedFileWriter fails with ENOSPC (negative:
// off). Also set from the environment variable COSINGAN_FAIL_WRITES_AFTER_BYTES at start-up, so
// that whole programs can be tested on a "full disk" where no small file system can be mounted.
void injectWriteFailureAfter(long long bytes);

}  // namespace cosingan
