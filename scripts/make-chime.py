# Writes public/chime.wav: the soft two-note chime the presenter's timer plays
# at zero when the facilitator asked for sound (8 kHz, 8-bit mono, 1.2 s).
import math
import wave

RATE = 8000
NOTES = [(659.25, 0.0), (523.25, 0.35)]  # E5, then C5
samples = bytearray()
for i in range(int(RATE * 1.2)):
    t = i / RATE
    v = sum(math.sin(2 * math.pi * f * (t - start)) * math.exp(-(t - start) * 4) * 0.35 for f, start in NOTES if t >= start)
    samples.append(int(128 + max(-1.0, min(1.0, v)) * 127))
with wave.open('public/chime.wav', 'wb') as out:
    out.setnchannels(1)
    out.setsampwidth(1)
    out.setframerate(RATE)
    out.writeframes(bytes(samples))
