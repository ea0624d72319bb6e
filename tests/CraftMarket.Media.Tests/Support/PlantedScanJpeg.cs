using System.Buffers.Binary;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// A valid baseline grey JPEG, encoded by hand, whose entropy-coded data contains chosen bytes
/// (e.g. "&lt;svg&gt;") at a byte boundary. Its Huffman tables are unary codes ("0", "10", "110"...),
/// so any bits decode as some coefficients: the chosen bytes are simply part of the picture's
/// coded data, and the encoder finishes the block they fall in and pads the rest with flat blocks.
/// Every decoder reads it without a warning (libvips' fail_on=warning included).
/// </summary>
public static class PlantedScanJpeg
{
    public static byte[] Build(int width, int height, byte[] planted)
    {
        if (width % 8 != 0 || height % 8 != 0) throw new ArgumentException("multiples of 8 only");
        var blocks = width / 8 * (height / 8);
        var scan = new ScanWriter();
        while (scan.Blocks < blocks / 2 || !scan.ByteAligned) scan.FlatBlock();
        scan.Plant(planted);
        scan.FinishBlock();
        if (scan.Blocks > blocks) throw new InvalidOperationException("the planted bytes need a larger picture");
        while (scan.Blocks < blocks) scan.FlatBlock();

        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]);                        // DQT: table 0, all ones
        Segment(jpeg, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);   // SOF0, one grey component
        Segment(jpeg, 0xC4, [0x00, .. Unary(12), .. Enumerable.Range(0, 12).Select(i => (byte)i)]);              // DC: categories 0-11
        Segment(jpeg, 0xC4, [0x10, .. Unary(11), 0x00, .. Enumerable.Range(1, 10).Select(i => (byte)i)]);        // AC: EOB, then run 0 sizes 1-10
        Segment(jpeg, 0xDA, [1, 1, 0x00, 0, 63, 0]);                                               // SOS
        jpeg.Write(scan.Finish());
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    /// <summary>One code of each length 1..n: codes 0, 10, 110, ... (never all ones, which JPEG reserves).</summary>
    private static byte[] Unary(int n) => [.. Enumerable.Range(1, 16).Select(length => (byte)(length <= n ? 1 : 0))];

    private static void Segment(Stream s, byte marker, byte[] payload)
    {
        Span<byte> head = [0xFF, marker, 0, 0];
        BinaryPrimitives.WriteUInt16BigEndian(head[2..], (ushort)(payload.Length + 2));
        s.Write(head);
        s.Write(payload);
    }

    /// <summary>Writes bits (with 0xFF byte stuffing) and follows them as a decoder would, to know where each block ends.</summary>
    private sealed class ScanWriter
    {
        private enum Phase { DcCode, DcBits, AcCode, AcBits }

        private readonly List<byte> bytes = [];
        private int current, filled;
        private Phase phase = Phase.DcCode;
        private int ones;           // 1 bits of the unary code read so far
        private int extraBits;      // magnitude bits still to come after a code
        private int coefficient;    // next AC coefficient index (1..63)

        public int Blocks { get; private set; }
        public bool ByteAligned => filled == 0;

        public void FlatBlock() { Bit(0); Bit(0); }   // DC difference 0, end of block

        public void Plant(byte[] planted)
        {
            if (!ByteAligned || phase != Phase.DcCode || ones > 0) throw new InvalidOperationException("plant at a block start on a byte boundary");
            foreach (var b in planted)
                for (var i = 7; i >= 0; i--) Bit((b >> i) & 1);
        }

        /// <summary>Zeros end whatever the planted bits left open: a code, its magnitude bits, the block (EOB).</summary>
        public void FinishBlock()
        {
            while (phase != Phase.DcCode || ones > 0) Bit(0);
        }

        public byte[] Finish()
        {
            while (!ByteAligned) Emit(1);   // padding with ones, as the standard asks
            return bytes.ToArray();
        }

        private void Bit(int bit)
        {
            Emit(bit);
            switch (phase)
            {
                case Phase.DcCode or Phase.AcCode when bit == 1:
                    ones++;
                    break;
                case Phase.DcCode:
                    extraBits = ones;   // DC category: that many magnitude bits
                    ones = 0;
                    if (extraBits > 0) phase = Phase.DcBits;
                    else StartAc();
                    break;
                case Phase.DcBits:
                    if (--extraBits == 0) StartAc();
                    break;
                case Phase.AcCode:
                    extraBits = ones;   // 0: end of block; else run 0, that many magnitude bits
                    ones = 0;
                    if (extraBits == 0) EndBlock();
                    else phase = Phase.AcBits;
                    break;
                case Phase.AcBits:
                    if (--extraBits > 0) break;
                    if (++coefficient == 64) EndBlock();
                    else phase = Phase.AcCode;
                    break;
            }
        }

        private void StartAc()
        {
            phase = Phase.AcCode;
            coefficient = 1;
        }

        private void EndBlock()
        {
            phase = Phase.DcCode;
            Blocks++;
        }

        private void Emit(int bit)
        {
            current = (current << 1) | bit;
            if (++filled < 8) return;
            bytes.Add((byte)current);
            if (current == 0xFF) bytes.Add(0x00);
            current = 0;
            filled = 0;
        }
    }
}
