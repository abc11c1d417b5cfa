#pragma once
// What a path is, before any reader opens it, and the sentences that say why it cannot be used.
// Every entry point (CLI, app, engine) asks here first, so that a FIFO named like an image cannot
// hang a reader, a symbolic-link loop is not reported as "does not exist", and a file given where
// a folder is expected (or the reverse) is called what it is. Plain C++ (POSIX), no dependencies.
#include "util/UserMessage.h"

#include <stdexcept>
#include <string>

namespace cosingan {

// A path that cannot be used as asked; the message is written for people.
// Its first argument is the caller's noun for the path ("the mask"), marked for translation.
class PathError : public UserError {
public:
    using UserError::UserError;
};

enum class PathKind { Missing, RegularFile, Directory, Fifo, Socket, Device, SymlinkLoop, NoPermission, Other };

// Follows symbolic links (a dangling link is Missing, a loop SymlinkLoop).
PathKind pathKind(const std::string& path);
// "a FIFO (named pipe)", "a folder", ... for messages.
std::string describeKind(PathKind kind);

// Throws PathError unless path is a regular, readable file; `what` names it in the message
// ("the image", "the mask"). Empty files are refused too.
void requireReadableFile(const std::string& path, const std::string& what);
// Throws PathError unless path is a readable folder.
void requireFolder(const std::string& path, const std::string& what);
// Either of the two (a study is a file or a DICOM folder).
void requireFileOrFolder(const std::string& path, const std::string& what);

// True when `inner` is `outer` or lies inside it (after resolving symbolic links and "..";
// paths that do not exist yet are resolved through their nearest existing parent).
bool pathIsWithin(const std::string& inner, const std::string& outer);

}  // namespace cosingan
