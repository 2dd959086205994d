using System.Buffers.Text;
using System.Security.Cryptography;

namespace OrleansTrading.Api.Realtime.SocketIo;

/// <summary>Random session ids shaped like the reference server's: 20 URL-safe base64 characters.</summary>
public static class SessionIds
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(15));
}
