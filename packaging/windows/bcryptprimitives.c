/* Wine 8 has no bcryptprimitives.dll; the Rust standard library (inside `cryptography`)
   imports ProcessPrng from it for random bytes. This stand-in answers from advapi32's
   RtlGenRandom (SystemFunction036), which Wine has. Used only in the Wine prefix of the
   Windows lane (packaging/windows/winpy.py), never shipped: Windows 10+ has the real one. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
