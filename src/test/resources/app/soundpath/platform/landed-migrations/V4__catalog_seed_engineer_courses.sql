-- Seed content: the four sound-engineer courses (221-224) of track 2, their lessons and lesson skills.
-- Facts from the shared seed article, written in our own words. Runs after V1, V2 (tracks, skills) and V3.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

INSERT INTO course (id, slug, title, summary, foundation) VALUES
    (221, 'equipment-setup', 'Setting up and running audio equipment', 'Get to know the gear a sound engineer sets up and runs every day: microphones, cables, mixing consoles, amplifiers and speakers. Learn how the room shapes what you hear, and the routines that keep gear reliable and set to a known reference level.', FALSE),
    (222, 'live-sound', 'Live sound reinforcement', 'Learn how a live PA lets every listener in the room hear a clear, well-balanced performance, with words they can follow. The course covers the PA signal chain, soundcheck, stage monitors and feedback, front-of-house mixing, and working with bands and crew.', FALSE),
    (223, 'recording-and-post', 'Recording, editing and post-production', 'Record clean, detailed audio in the studio and carry it through editing, mixing and mastering. You will practise microphone technique, DAW sessions in tools such as Pro Tools or Ableton Live, noise clean-up, signal processing and post-production delivery.', FALSE),
    (224, 'troubleshooting-and-careers', 'Troubleshooting under pressure and engineering careers', 'Learn a calm, systematic way to find and fix technical problems during sessions and shows. Then explore where sound engineers work, how they share the studio with producers, and how to take your first steps into the job.', FALSE);

INSERT INTO track_course (track_id, course_id, position) VALUES
    (2, 221, 2),
    (2, 222, 3),
    (2, 223, 4),
    (2, 224, 5);

-- Course 221: Setting up and running audio equipment

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2211, 221, 'microphone-types-and-pickup-patterns', 'Microphones: types, pickup patterns and choosing one',
     'Dynamic, condenser and ribbon microphones, the pickup patterns they come in, phantom power, and how to pick the right mic for a source.',
     'A microphone turns tiny movements in the air into a small electrical signal. Putting up and running microphones is one of the first things a sound engineer does at any gig or session, and a poor choice at this stage makes every later step harder.

## The three main types

- **Dynamic** mics have a diaphragm fixed to a coil of wire that moves inside a magnet. They are tough, need no power and cope with very loud sources such as guitar amps, snare drums and shouted vocals. Most stage vocal mics are dynamics.
- **Condenser** mics use a very light diaphragm that forms one plate of a capacitor. They pick up more fine detail and top end, so they are popular for studio vocals, acoustic guitar and cymbals. They need power, usually 48-volt phantom power sent up the mic cable from the mixer or audio interface.
- **Ribbon** mics use a thin strip of metal hanging in a magnetic field. They sound smooth and natural, but many designs are delicate. Phantom power through a faulty cable can damage an older ribbon, so check before you press the 48V button.

## Pickup patterns

A mic''s polar pattern tells you which directions it hears best.

| Pattern | Hears | Typical use |
|---|---|---|
| Cardioid | the front, rejects the rear | vocals, most stage mics |
| Supercardioid | a narrower front, with a small rear lobe | loud stages with lots of spill |
| Omnidirectional | all directions equally | room sound, clip-on mics, quiet spaces |
| Figure-8 | front and back, rejects the sides | two singers facing each other, stereo pairs |

Directional mics (cardioid, supercardioid and figure-8) show the **proximity effect**: the closer the source, the more bass builds up. Singers use it to sound warmer, and engineers listen for it when a voice turns boomy. Omni mics show little or none of it.

## Choosing a mic for the job

Ask three questions before you reach for a mic:

1. How loud is the source? Very loud sources favour dynamics.
2. How much other sound is nearby? On a busy stage you want a tight pattern aimed at the source and pointed away from the speakers.
3. How much fine detail matters? A quiet acoustic instrument in a good-sounding room often rewards a condenser.

There is rarely one correct answer. Plenty of great recordings use an ordinary dynamic mic on a guitar amp, and many engineers prefer a short list of mics they know well to a huge collection they barely use.

## Handling and care

Hold a mic by its body, and test it by speaking rather than blowing into it. Pull the fader down and switch phantom power off before plugging or unplugging a condenser, so no loud pop reaches the speakers. Keep mics in cases or pouches away from damp, and keep singers'' foam windscreens clean.

## Key terms

- **Phantom power**: 48-volt supply sent down a mic cable to power condensers.
- **Polar pattern**: the shape of a mic''s sensitivity around it.
- **Proximity effect**: extra bass from a directional mic used close up.

## Try it

Use your phone''s voice recorder as a test microphone. Record the same sentence from about 5 cm, 30 cm and 1 m away, then once with the phone facing you and once facing away. Listen on headphones and note how the tone, the bass and the amount of room echo change. Phone mics are usually close to omnidirectional, so compare how much distance changes the sound with how little the facing direction does. Write one sentence for each difference you hear.',
     14, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2212, 221, 'cables-connectors-and-signal-levels', 'Cables, connectors and signal levels',
     'The connectors you will plug in every day, why balanced cables reject noise, and the four signal levels an engineer has to keep apart.',
     'Most problems at a gig are not exotic. They are a cable in the wrong socket, a plug pushed only half way in, or a signal arriving at the wrong level. Knowing your connectors and levels makes setting up faster and finding faults far easier.

## Common connectors

- **XLR**: three pins and a locking latch. The standard for microphones and for balanced line connections between pieces of gear.
- **Quarter-inch (6.35 mm) jack**: the TS version (tip and sleeve, two contacts) carries unbalanced signals such as guitars. The TRS version (tip, ring and sleeve, three contacts) carries balanced line signals, or stereo on headphones.
- **3.5 mm mini jack**: phones, laptops and consumer gear.
- **RCA (phono)**: consumer hi-fi and DJ equipment, always unbalanced.
- **Speaker connectors** such as Speakon: carry the high-power output of an amplifier to passive speakers. Never use an instrument cable for this job.

TS and TRS plugs look almost identical, so count the black insulating rings: one ring means TS, two means TRS.

## Balanced and unbalanced

An unbalanced cable has one signal wire inside a shield. Any hum it picks up along the way is simply added to the signal, so keep unbalanced runs short; a few metres is fine for a guitar lead, twenty metres is asking for trouble.

A balanced cable carries two copies of the signal, one with its polarity flipped, inside a shield. Interference picked up along the run lands equally on both wires. At the receiving end the input flips one copy back and combines them: the wanted signal adds up while the noise cancels out. This trick is called common-mode rejection, and it is why long microphone runs across a stage or a building are always balanced.

## The four signal levels

| Level | Comes from | Notes |
|---|---|---|
| Mic level | microphones | very small, needs a preamp |
| Instrument level | guitar and bass pickups | small and high impedance |
| Line level | mixers, interfaces, keyboards, processors | about +4 dBu on pro gear, -10 dBV on consumer gear |
| Speaker level | power amplifier outputs | large enough to damage other inputs |

Mixing these up causes many everyday faults. A line signal plugged into a mic input will distort unless you use the pad switch; a mic plugged into a line input will be faint and noisy.

A **DI box** (direct injection) converts an unbalanced instrument or line signal into a balanced mic-level signal. That lets a bass guitar or keyboard travel down an ordinary mic cable to the console. Many DI boxes also have a ground lift switch, which can cure some kinds of hum.

## Looking after cables

- Coil cables with the over-under method so they lie flat and never twist.
- Label both ends of long runs.
- When a cable crackles, mark it with tape straight away instead of dropping it back in the box.
- Carry spares of every cable type you rely on.

## Key terms

- **Balanced**: two opposite copies of the signal so noise cancels.
- **Line level**: the standard level passed between mixers and processors.
- **DI box**: converts instrument or line signals to balanced mic level.

## Try it

Gather every audio cable in your home. For each one, name the connector at both ends, decide whether it is balanced or unbalanced by counting the contacts, and guess which of the four levels it normally carries. Then practise over-under coiling on your longest cable until it lies flat with no twists.',
     12, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2213, 221, 'mixing-console-channel-strip', 'The mixing console, one channel strip at a time',
     'Follow a signal down a console channel strip, from gain and filters to sends, pan and fader, then out through buses to the main mix.',
     'A mixing console can look like hundreds of knobs, but most of them are one channel strip repeated across the desk. Learn a single strip and you can find your way around almost any console, analog or digital.

## Down the channel strip

From top to bottom, most strips follow the path of the signal:

1. **Gain (or trim)** sets how much the preamp amplifies the incoming signal. It is the most important control on the strip; if it is wrong, nothing after it works well.
2. **Phantom power and polarity** switches sit near the gain. The polarity switch flips the waveform, which helps when two mics cancel each other.
3. **High-pass filter** removes rumble below a chosen frequency, for example below 80 to 100 Hz on a vocal.
4. **EQ** shapes the tone, usually with low, mid and high bands. The mid band is often sweepable so you can choose its frequency.
5. **Aux sends** create extra mixes. Pre-fader sends ignore the channel fader, which suits monitor mixes for performers. Post-fader sends follow the fader, which suits effects such as reverb.
6. **Pan** places the sound between left and right.
7. **Mute, solo and the fader** finish the strip. The fader sets how loud the channel is in the mix.

Analog desks often add an insert point, a socket that lets you patch a compressor or gate into one channel.

## Buses, groups and the master

Channels meet on buses. The main left-right bus feeds the PA or the recorder. Groups (subgroups) let one fader control several channels at once, such as all the drums, and VCA or DCA faders do a similar job without re-routing audio. Aux buses have their own master controls and outputs that feed monitor wedges or effects units.

## Solo and metering

Pressing solo sends a channel to your headphones and the main meters without changing what the audience hears. PFL (pre-fade listen) shows the signal before the fader; AFL (after-fade listen) shows it after. To set gain, engage PFL, ask the performer to play or sing at full performance volume, and turn the gain until the meter sits comfortably around the console''s nominal level with peaks well clear of the red. Musicians often play quietly during a check, so ask for the loudest part of the song.

## Analog and digital desks

A digital console hides its controls behind screens and layers of faders, but adds built-in compressors, gates and effects, plus scenes you can save and recall for each band. An analog desk shows every control at once, which many beginners find easier to learn on. The signal path is the same idea on both. Many digital desks can also be controlled from a tablet, so the engineer can walk around the room while mixing.

## Key terms

- **Gain**: preamp amplification at the top of the strip.
- **Aux send**: a feed from a channel to a separate mix.
- **PFL**: listening to a channel before its fader, used to set gain.

## Try it

On paper, draw one channel strip from top to bottom and label each control with a sentence describing what it does. Then open the mixer view in any free DAW, such as GarageBand on a Mac or Waveform Free, and find the equivalent of each control: input gain or trim, EQ, sends, pan, fader, mute and solo. Note which ones are missing or live somewhere else, and where the main output meter sits.',
     15, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2214, 221, 'amplifiers-speakers-and-room-acoustics', 'Amplifiers, speakers and the room they play in',
     'How amplifiers and speakers turn a mix into sound, where to place them, and how room acoustics change what listeners actually hear.',
     'The console makes a mix, the amplifiers and speakers turn it into sound, and then the room has its say. A sound engineer sets up all three, so it pays to understand how each one behaves.

## Amplifiers and speakers

- **Passive speakers** have no amplifier inside. They need a separate power amp and proper speaker cable.
- **Active (powered) speakers** have amplifiers built in. They take a line-level signal plus mains power. Most small PA systems and studio monitors today are active.
- **Subwoofers** handle the lowest frequencies. A **crossover** splits the signal so each box receives only the range it was designed for.
- With passive systems, match the amplifier to the load. Speaker impedance is measured in ohms, commonly 4 or 8. Wiring several speakers in parallel lowers the total impedance and can make an amplifier overheat or shut down.

Follow the power rule: **amplifiers on last, off first.** That way the thump from switching a mixer or processor on or off never reaches the speakers.

## Placing speakers

- Put the main PA speakers slightly in front of the stage line, so the vocal mics sit behind them. This reduces feedback.
- Raise the high-frequency drivers above head height, because the audience''s bodies soak up high frequencies.
- Aim the speakers at the audience, not at bare walls or the ceiling.
- Remember the inverse-square law: in open space, each doubling of distance from a speaker drops the level by about 6 dB. The front row can be far louder than the back, which is why larger venues add delay speakers further back.
- In a studio, set the two monitors and your head as the corners of an equal-sided triangle, with the tweeters at ear height and the speakers a little away from the wall.

## Acoustics in a nutshell

Sound travels at roughly 343 metres per second at room temperature. Wavelength equals speed divided by frequency, so a 100 Hz wave is about 3.4 m long while a 10 kHz wave is about 3.4 cm. This is why thin foam tames harsh highs but does almost nothing to bass.

- **Reflections**: hard surfaces bounce sound back. When a reflection arrives just after the direct sound, the two combine and cancel at some frequencies. This is comb filtering, and it makes a sound hollow or phasey.
- **Reverberation**: many reflections blurring together. A long reverb time smears speech and fast music and hurts intelligibility.
- **Room modes (standing waves)**: in small rooms some bass notes pile up in certain spots and almost vanish in others, depending on the room''s dimensions.
- **Treatment**: absorption (thick panels, bass traps in corners) soaks up energy, while diffusion scatters it so reflections are less harsh. Soundproofing, which keeps sound in or out, is a different job that needs mass and airtight construction, not foam.

## Key terms

- **Active speaker**: a speaker with its own built-in amplifier.
- **Inverse-square law**: about 6 dB quieter per doubling of distance.
- **Comb filtering**: cancellations caused by a delayed copy of the sound.

## Try it

Play a track with a steady bass line on any speaker at home. Walk slowly around the room, then listen with your head near a corner and in the middle of the room. Note where the bass grows and where it thins out: you are hearing room modes. Then clap once in a bathroom, in a bedroom full of soft furnishings, and in a hallway. Describe how long the echo lasts and how bright it sounds in each space.',
     16, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2215, 221, 'calibration-and-equipment-maintenance', 'Calibration, checks and keeping gear working',
     'Routines that keep equipment reliable and calibrated: line checks, reference tones, pink noise, SPL metering and simple maintenance habits.',
     'Part of the job nobody applauds is making sure every piece of equipment works and is set to a known standard before anyone plays a note. Calibration means adjusting gear so its levels match an agreed reference. Once that is done, you can trust both your ears and your meters.

## Why calibration matters

If your studio monitors sit at a different volume every day, your mix decisions will drift with them. If two devices disagree about what their nominal level is, one may distort while the meters on the other look fine. In a live rig, a speaker that is quieter than its partner pulls the whole image to one side. Calibration gives everybody the same starting point.

## Reference tones and test signals

- **Sine tone**: a steady tone, often 1 kHz, used to line up levels between devices. You send it from one unit and check that it arrives at the expected level on the next. Professional analog gear usually works around +4 dBu as its nominal level.
- **Digital alignment**: in a digital system 0 dBFS is the absolute ceiling. Many studios align the analog nominal level to somewhere around -18 to -20 dBFS, which leaves plenty of headroom for peaks.
- **Pink noise**: a hiss with equal energy in every octave, a bit like a waterfall. Played through speakers, it lets you compare their levels and hear faults.
- **SPL meter**: measures sound pressure level in decibels. Film mixing rooms traditionally set each main speaker so pink noise at a reference level reads 85 dB SPL (C-weighted, slow). Smaller music rooms often choose a lower reference. Free phone apps are fine for rough home checks, though they are not precise.

## A pre-show or pre-session routine

1. Power up in order, with amplifiers and powered speakers last.
2. Line check: send a signal through every channel, by scratching or speaking into each mic, and confirm it arrives on the right channel and reaches the right speaker or track.
3. Play familiar music or pink noise through each speaker on its own. Listen for rattles, dead drivers and distortion.
4. Check monitor mixes, talkback and the recorder.
5. Fit fresh batteries in wireless packs and any DI boxes that need them.
6. Write anything unusual in a logbook.

## Maintenance habits

- Clean dusty faders and knobs; a crackle when you move a control usually means dirt. Use contact cleaner only with the gear switched off.
- Keep connectors clean and strain relief intact. Repair or bin broken cables.
- After carrying gear in from the cold, let it warm up before powering it, so condensation can evaporate.
- Update firmware between gigs, never an hour before one.
- Keep spares of everything you cannot play without.

## Key terms

- **Calibration**: setting equipment to match a known reference.
- **Pink noise**: test noise with equal energy per octave.
- **Line check**: confirming every input arrives where it should.

## Try it

Install a free SPL meter app on your phone. Generate a minute of pink noise in Audacity (Generate, then Noise, then choose Pink) and play it at a comfortable level. From your listening position, measure each speaker on its own by panning the noise fully left and then fully right. Adjust until both read within about 1 dB of each other, then write down the volume setting as your personal reference level.',
     13, 5);

-- Course 222: Live sound reinforcement

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2221, 222, 'how-a-live-sound-system-fits-together', 'How a live sound reinforcement system fits together',
     'The path from stage to audience in a live PA: mics and DIs, stage box, front-of-house console, system processing, amplifiers, speakers and monitors.',
     'Sound reinforcement means making a live performance louder and clearer, so that everyone in the audience hears a balanced, understandable version of it. A small bar gig and a large festival use the same basic chain; only the scale changes.

## The signal chain

1. **Sources**: voices, drums, amplifiers, keyboards.
2. **Mics and DI boxes** turn each source into a mic-level signal.
3. **Stage box and snake** carry many channels from the stage to the mixing position. On digital systems a single network cable can replace a heavy multicore.
4. **Front-of-house (FOH) console**: placed out in the audience area, so the engineer hears roughly what the crowd hears. Gain, EQ, dynamics and effects happen here.
5. **System processing**: a speaker processor, or the console''s output section, handles the crossover, time alignment between speakers, room EQ and limiters that protect the drivers.
6. **Amplifiers and speakers**: main speakers, subwoofers, and often fills, such as front fills for the first rows and delay speakers for the back of a large space.

Every fault you will ever chase lives somewhere on this path, so learn it well enough to draw from memory.

## Front of house and monitors

A live show usually has two kinds of mix. The **FOH mix** is for the audience. The **monitor mixes** are for the performers, so they can hear themselves and each other. At small shows one engineer does both from the same console, using aux sends for the monitors. At bigger shows a separate monitor engineer works at the side of the stage on a separate console, often building a different mix for every performer.

## Who does what on a crew

- **FOH engineer**: mixes for the audience.
- **Monitor engineer**: mixes what the performers hear.
- **System technician**: sets up, aims and tunes the PA for the room.
- **Stage technician**: places mics, runs cables and fixes problems on stage during the show.

In a small venue one person may do all four jobs, which is a good reason to learn each of them.

## Coverage and level

In open space, level drops by about 6 dB each time the distance from a speaker doubles. If the front row is 2 m from the speakers and the back row is 16 m away, that is three doublings, so the back hears roughly 18 dB less. Good system design aims for even coverage, by raising and angling speakers and adding fills and delays, so the front is not deafened while the back strains to hear.

Loud sound over long periods damages hearing. Engineers keep an eye on sound pressure levels, respect venue limits, and wear earplugs when they are not actively mixing.

## Key terms

- **FOH**: front of house, the audience mix and its mixing position.
- **Stage box**: the box on stage where all inputs connect to the snake.
- **Fills and delays**: extra speakers that even out coverage.

## Try it

Next time you are at a gig, or while watching a concert film, try to spot the FOH position, the main speakers, the subwoofers, the stage monitors (wedges or in-ear packs) and the stage box. At home, sketch a simple PA for a four-piece band in a small bar: list every input, then draw the path from the singer''s mic to a listener at the back of the room, labelling each stage of the chain.',
     13, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2222, 222, 'running-a-soundcheck', 'Running a soundcheck',
     'A practical order for the line check and soundcheck, how to set gains and first monitor mixes, and how to keep the band on your side while you do it.',
     'Soundcheck is your chance to build the mix before the audience arrives. A calm, organised check makes the show easier; a chaotic one leaves problems waiting for the first song.

## Prepare: paperwork and a line check

An **input list** is a numbered list of every channel: the source, the mic or DI you will use, the stand type and whether it needs phantom power. A **stage plot** is a simple drawing of where each performer stands, where the monitors go and where power is needed. Get both from the band before the day if you can, then label your console channels to match the list.

Before the band plays a note, check every line. Scratch or speak into each mic and confirm the signal lands on the right channel. Check every DI, every monitor wedge and the talkback mic. Fixing a dead cable now, while the stage is quiet and nobody is waiting, is far easier than fixing it mid-song.

## A common soundcheck order

Build from the foundation upward:

1. **Drums**: kick, snare, toms, hi-hat and overheads one at a time, then the whole kit.
2. **Bass**.
3. **Guitars and keyboards**.
4. **Lead vocal**, then backing vocals.
5. **The whole band playing a song**, ideally the loudest one and a quiet one.

For each source, ask the musician to play as loudly as they will during the show, because people often hold back during soundcheck. Set the gain using PFL, engage the high-pass filter where the source has no useful low end, make any rough EQ moves, and only then bring up the fader.

## Monitors during soundcheck

Ask each performer what they need most. A singer might want plenty of their own voice plus some keys; a drummer might want bass and vocals. Build each monitor mix from pre-fader aux sends, starting with the most important element instead of adding a bit of everything. Keep stage volume sensible: loud wedges and amplifiers spill into every vocal mic and out into the room, which makes the FOH mix muddy and raises the risk of feedback.

## Working with the band

- Ask for exactly what you need in few words: "Kick drum please, steady hits until I say thanks."
- Agree on hand signals for the show, such as pointing up for more and down for less.
- Watch the clock. If doors open soon, focus on vocals and monitors, the parts that matter most.
- Save the scene on a digital desk, or photograph the settings on an analog one.
- Thank people. A band that feels looked after is much easier to work with later.

## Key terms

- **Input list**: numbered list of every channel and what feeds it.
- **Stage plot**: drawing of the stage layout, monitors and power.
- **Line check**: confirming every input and output works before playing.

## Try it

Write an input list and a stage plot for a four- or five-piece band you like. Include channel numbers, sources, your mic or DI choice, phantom power yes or no, and stand types. Then write out the soundcheck order you would use and one short, friendly sentence you would say to each musician when it is their turn.',
     14, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2223, 222, 'stage-monitors-and-feedback', 'Stage monitors and beating feedback',
     'Wedges versus in-ear monitors, why feedback happens, and practical ways to give performers enough level without the squeal.',
     'Performers need to hear themselves to sing in tune and play in time. Monitors make that possible, and they also create the live engineer''s best-known enemy: feedback.

## Wedges, side fills and in-ears

- **Floor wedges** are angled speakers pointing up at a performer. They are simple and robust, but they add to stage volume and to the risk of feedback.
- **Side fills** are larger speakers at the sides of the stage that cover a wider area.
- **In-ear monitors (IEMs)** are earpieces fed by a wireless pack or a cable. They cut stage noise and feedback and help protect hearing, but some performers feel cut off from the room, so engineers often add audience mics to their mix.

Monitor mixes come from pre-fader aux sends, so a change on a FOH fader does not suddenly change what a performer hears.

## What causes feedback

Feedback is a loop. A microphone picks up sound from a speaker, the system amplifies it, the speaker plays it louder, and the mic picks it up again. When the gain around that loop reaches or passes unity at some frequency, that frequency starts to ring and then howls. Common causes include:

- too much gain on a channel or monitor mix
- a mic pointing at a speaker
- a singer standing far from the mic, which tempts the engineer to add gain
- hard, reflective rooms
- too many open mics at once

## Preventing it

- **Close mic technique**: the closer the singer, the stronger the signal, so less gain is needed.
- **Use the mic''s dead zone**: a cardioid rejects sound from directly behind, so put its wedge there. A supercardioid rejects best at roughly 125 degrees off-axis on each side, so two wedges angled in from the sides suit it better than one straight behind.
- **Keep the mains in front of the mics.**
- **Mute mics that are not in use.**
- **High-pass filter vocals** to stop low rumble and boomy feedback.
- **Ring out the monitors** before the show: with the mic open, slowly raise the monitor level until it just starts to ring. Find that frequency, cut it with a narrow EQ band on that monitor mix, and repeat for a few more. Stop after a handful of cuts; too many leave the monitor thin and lifeless.

## When it happens during the show

Pull down the offending send or monitor master quickly first, then look for the cause. Listen to the pitch: a low boom and a high whistle point to different EQ bands. Engineers train their ears to name frequencies so they can cut the right one in seconds.

## Key terms

- **Feedback**: a howl caused by a mic picking up its own amplified sound.
- **Ringing out**: finding and cutting feedback frequencies before a show.
- **IEM**: in-ear monitor.

## Try it

Do not create real feedback at home; it can damage speakers and ears. Train your frequency recognition instead. In Audacity, use Generate, then Tone, to make short sine tones at 250 Hz, 500 Hz, 1 kHz, 2 kHz and 4 kHz. Play them at a low volume, then ask a friend to play them in random order while you name each one. Also draw a cardioid and a supercardioid pattern and mark where you would place the wedges for each.',
     15, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2224, 222, 'live-mixing-for-balance-and-clarity', 'Mixing live for balance and intelligibility',
     'How a front-of-house engineer builds a live mix the audience can follow: stage volume, vocal clarity, EQ, dynamics and listening around the room.',
     'The central job of a live engineer is to give the audience a mix where every part sits in its place and the words can be understood. That is harder than in a studio: there is only one take, the room changes once it fills with people, and the band is already loud on stage.

## Start from what is on stage

In a small venue, drums and guitar amps may be loud in the room before the PA adds anything, and no fader can turn them down. So the PA often fills in what is missing, usually vocals, keys and some kick, rather than reproducing everything. If one amp drowns the room, ask the guitarist to turn down or angle it towards their own ears instead of the audience.

## Vocals first

For most listeners, intelligibility means hearing the words. Build the mix around the lead vocal:

- High-pass filter somewhere around 80 to 120 Hz to remove rumble and stage spill.
- If the voice sounds boxy or muddy, try a modest cut in the low mids, roughly 200 to 400 Hz.
- Consonants live roughly between 2 and 5 kHz. A gentle lift there can help words cut through, but too much sounds harsh.
- A compressor at a ratio of around 3:1 or 4:1 evens out quiet and loud phrases so words do not disappear.

## Make space for everything else

- High-pass everything that does not need deep lows: vocals, guitars, hi-hat and overheads. This leaves room for kick and bass.
- Cut before you boost. Removing what clashes usually works better than turning up everything else.
- Kick and bass share the bottom end; decide which one owns the very lowest notes.
- Use reverb and delay sparingly. The room already has its own reverb, and extra effects blur the lyrics.
- Gates on toms can reduce ringing and spill between hits.

## Listen like the audience

- The mix position is one seat in the house. Walk the room during the first songs, or control a digital desk from a tablet, and listen at the back, at the sides and near the subwoofers.
- Before doors, play a familiar recording through the PA to learn how the room sounds.
- A full room sounds different from an empty one. Bodies absorb sound, especially high frequencies, and shorten the reverb, so expect to adjust once the audience arrives.
- Protect your hearing. Tired ears make poor decisions, so take breaks and wear earplugs between sets.

## Key terms

- **Intelligibility**: how easily listeners can understand the words.
- **Stage volume**: sound coming straight from amps, drums and wedges.
- **Cut before you boost**: solve clashes by removing, not adding.

## Try it

Find a multitrack song to practise on; some artists release stems, and some free DAWs come with demo projects. Pull every fader down, then build the mix starting with the lead vocal alone. Add kick, bass, the rest of the drums, then the other instruments, checking after each step that every word is still clear. Finally, listen at a very low volume: if you can still follow the lyrics, your vocal balance is probably in the right place.',
     15, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2225, 222, 'working-with-artists-and-crew-at-shows', 'Working with artists and crew at a show',
     'Advancing a show, reading a tech rider, communicating with performers during the set and working alongside the rest of the production team.',
     'Much of a live engineer''s day is spent with other people: performers, their tour manager, the stage manager and the lighting crew. Technical skill only goes so far; a show runs well when performers trust the person behind the desk.

## Before the day: advancing the show

Advancing means contacting the artist or their tour manager ahead of time to agree what is needed. Bands often send a **technical rider** containing their input list, stage plot, monitor needs, preferred mics and backline. Compare it with what the venue owns and reply early with any substitutions, so nobody is surprised on the day. Confirm the schedule too: load-in, line check, soundcheck, doors, set times and curfew.

## Getting the sound the artist wants

Every artist has an idea of how they should sound. Listen to their recordings before the gig and ask what matters most to them. A folk duo may want natural, gentle vocals; a metal band may want a tight, heavy kick drum. Your job is to serve their sound while keeping the result balanced for the audience, not to impose your own taste.

## Communicating during the set

- Watch the stage constantly. Singers signal by pointing at their wedge and then up for more, or pushing a flat hand down for less. Agree the signals during soundcheck.
- Acknowledge every request with a nod or a thumbs up so the performer knows you have seen it.
- Monitor engineers and stage techs often use talkback or an intercom to speak to each other.
- Save larger changes for the gaps between songs.

## Working with the crew and staying professional

The stage manager runs the timing, the lighting team shares the stage and the power, and venue staff know the building''s quirks, such as noise limits. Agree where cables will run so performers do not trip over them. Where possible, power audio gear from circuits separate from lighting dimmers, which can put an audible buzz into the system.

A few professional habits go a long way:

- Arrive early and stay calm and polite, even when others are stressed.
- Explain limits honestly and offer a fix: "I cannot push your wedge any louder without feedback, but if you sing closer to the mic I can give you more."
- After the show, thank the band and crew, and note what went well and what you would change next time.

## Key terms

- **Advancing**: agreeing technical needs and timings before the show.
- **Technical rider**: an artist''s written list of technical requirements.
- **Talkback**: a mic that lets the engineer speak to stage or crew.

## Try it

Role-play with a friend. They play a singer who keeps asking for "more me" in the monitor while standing a full arm''s length from the mic. Practise explaining the problem in one or two friendly sentences and offering a solution. Then write a short advance message to an imaginary band asking for everything you need: input list, stage plot, monitor needs, set times and any special equipment.',
     12, 5);

-- Course 223: Recording, editing and post-production

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2231, 223, 'microphone-technique-for-recording', 'Microphone technique for recording',
     'Placing microphones in the studio to get clean, detailed recordings: distance, angle, the 3:1 rule, phase, simple stereo pairs and the room.',
     'The surest route to a great recording is to capture it well at the source. No plugin fully rescues a badly placed microphone, so studio engineers spend real time moving mics a few centimetres and listening again.

## Distance and angle

- **Closer** gives more direct sound, less room and, with directional mics, more bass from the proximity effect.
- **Further away** gives more room sound and a more natural blend of the whole instrument, but also more spill from anything else nearby.
- **Angle** matters too: turning a mic slightly off-axis softens brightness and harshness.

Useful starting points, not rules:

- **Vocals**: about 15 to 25 cm from a large-diaphragm condenser, with a pop filter between singer and mic to catch the bursts of air on p and b sounds.
- **Acoustic guitar**: about 20 to 30 cm away, aimed roughly where the neck meets the body rather than straight into the sound hole, which tends to sound boomy.
- **Guitar amp**: a dynamic mic close to the grille. Aimed at the centre of the speaker cone it sounds brighter; towards the edge it sounds darker.
- **Kick drum**: inside the drum or just outside the front port.

## Several mics at once: the 3:1 rule and phase

When two mics hear the same source from different distances, the sound arrives at each one at a slightly different time. Mixed together, some frequencies cancel and the result sounds thin or hollow. Two habits keep this under control:

- **The 3:1 rule**: keep mics at least three times as far from each other as each one is from its own source. If two singers each have a mic 20 cm away, place the mics at least 60 cm apart.
- **Check polarity**: flip the polarity switch on one of the channels and listen. Keep whichever setting gives the fuller, stronger low end. In a DAW you can also nudge one track in time so the waveforms line up.

## Simple stereo techniques

- **XY**: two cardioid mics with their capsules as close together as possible, angled about 90 degrees apart. Very safe when the mix is folded to mono, with a moderate stereo width.
- **Spaced pair (AB)**: two mics, often omnis, placed some distance apart. Wide and airy, but more prone to phase problems in mono.
- **ORTF**: two cardioids 17 cm apart, angled 110 degrees, a middle ground between the two.

## The room is part of the recording

In an untreated bedroom, bare walls colour every take with short reflections. Record in the most furnished part of the room, keep the mic away from walls and windows, and hang a thick duvet behind the singer, since reflections from that side reach the front of the mic. A wardrobe full of clothes makes a surprisingly good vocal booth.

## Key terms

- **3:1 rule**: spacing mics to limit phase problems between them.
- **Pop filter**: a screen that stops bursts of air hitting a vocal mic.
- **XY pair**: two angled cardioids at one point for mono-safe stereo.

## Try it

Record the same short source, such as your voice, a guitar or a spoon tapping a mug, with your phone or any USB mic in three positions: very close, at arm''s length and across the room. Name each file by its position. Ask a friend to play the files back to you in random order and pick your favourite without knowing which is which. Then write down what you think made the difference.',
     15, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2232, 223, 'setting-up-a-daw-recording-session', 'Setting up a recording session in a DAW',
     'Preparing a DAW session that records cleanly: sample rate and bit depth, buffer size and latency, input levels, headphone mixes and safe file habits.',
     'A digital audio workstation (DAW) is where most recording, editing and mixing now happens, and sound engineers are expected to be fluent in at least one. Pro Tools is common in commercial studios and Ableton Live is widely used by artists and in live settings, but most DAWs share the same ideas under different names.

## Session settings

- **Sample rate** is how many snapshots of the signal are taken each second. 44.1 kHz is the traditional music standard; 48 kHz is standard for video, film and broadcast. Pick one before recording and keep it for the whole project.
- **Bit depth** sets the dynamic range of each snapshot. Recording at 24-bit leaves a very low noise floor, so there is no need to record close to the top of the meter.
- **File format**: record to uncompressed WAV or AIFF, never to MP3.
- **Names**: name the session and every track before you press record, for example Vocal Lead rather than Audio 1. Recorded files take the track''s name, which saves confusion later.

## Buffer size and latency

The buffer is the chunk of audio the computer processes in one go. A small buffer of 64 or 128 samples keeps latency (the delay between playing and hearing) low, which performers need while recording, but it works the computer harder. A large buffer of 512 or 1024 samples suits mixing with many plugins. If a musician complains of a delay in their headphones, lower the buffer or use the direct monitoring switch on the audio interface.

## Setting input levels

Set the preamp gain on the interface so the signal is healthy but leaves headroom. A common guideline is an average around -18 dBFS with peaks no higher than about -10 to -6 dBFS. Digital clipping at 0 dBFS sounds harsh and cannot be undone afterwards. Ask the performer to play the loudest section while you set the level, since the chorus is often much louder than the verse.

## Running the take

Performers play better when they are comfortable. Build a cue mix with enough of their own sound, the backing tracks and a click if the song uses one. Ask simple questions: more or less of yourself, more or less click? Many singers pitch better with a little reverb in their headphones, even if it is not recorded.

Once recording starts:

- Record-arm only the tracks you mean to record.
- Use punch-in to replace a mistake in one section without redoing the whole take.
- Keep takes in playlists or take lanes rather than deleting them; the producer may want an earlier one.
- Keep notes of which take had the best verse or chorus.
- Save often, and back up to a second drive at the end of every day.

## Key terms

- **Sample rate**: snapshots per second, such as 44.1 or 48 kHz.
- **Latency**: the delay between a sound going in and coming out.
- **dBFS**: decibels relative to digital full scale; 0 dBFS is the ceiling.

## Try it

Install a free DAW, such as Audacity, GarageBand on a Mac or Waveform Free. Create a project at 48 kHz and 24-bit, name a track, and record your voice while watching the meter. Aim for an average around -18 dBFS with peaks below -6 dBFS. If your DAW lets you monitor through the software, change the buffer size and notice how the delay in your headphones changes.',
     14, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2233, 223, 'editing-and-cleaning-up-recordings', 'Editing and cleaning up recordings',
     'Comping the best takes, making clean edits with fades and crossfades, and removing unwanted noise such as hum, hiss, clicks and harsh sibilance.',
     'After recording comes editing: choosing the best moments, fixing small mistakes and cleaning up noise nobody wants to hear. Done well, editing is invisible; the listener simply hears a clean, confident performance.

## Non-destructive editing

When you cut or move audio in a DAW, the original file usually stays untouched; the DAW only changes which parts are played. That means you can always undo or restore a region. Even so, keep an untouched backup of the raw recordings before any serious editing.

## Comping and clean cuts

- **Comping** means building one performance from the best parts of several takes, for example the first verse from take 2 and the chorus from take 4.
- Make cuts in a gap, or just before a strong attack such as a drum hit or a hard consonant, where the edit hides naturally.
- Add a short **crossfade**, just a few milliseconds, at every join. A cut in the middle of a waveform, away from a zero crossing, makes an audible click, and a crossfade smooths it over.
- Put short fades at the start and end of every region for the same reason.
- Keep timing human. Tightening every note to the grid can suck the life out of a performance.

## Removing unwanted noise

| Problem | What you hear | Common fix |
|---|---|---|
| Mains hum | low steady tone at 50 or 60 Hz plus harmonics | narrow notch filters; fix the grounding next time |
| Hiss and steady background noise | a constant shhh | noise reduction based on a sample of the noise alone |
| Clicks and pops | short spikes | cut, redraw or use a de-click tool |
| Breaths and lip noise | small sounds between phrases | turn them down with clip gain rather than cutting to silence |
| Harsh s sounds | sibilance | a de-esser |
| Spill between phrases | other instruments leaking into quiet gaps | a gate or manual edits |

## Do not over-clean

Noise reduction pushed too far leaves a watery, metallic sound that is worse than the noise it removed. Work in small steps and keep comparing with the original. A little natural room sound often sounds better than dead silence between phrases. Record 20 to 30 seconds of **room tone**, the sound of the empty room, at every session; editors use it to fill gaps smoothly, which matters a great deal in film and dialogue work.

## Key terms

- **Comping**: assembling a performance from the best parts of several takes.
- **Crossfade**: overlapping fade that hides an edit.
- **Room tone**: a recording of a space''s natural background sound.

## Try it

In Audacity, record 10 seconds of silence in your room and then read a short paragraph aloud. Select only the silence and choose Get Noise Profile in the Noise Reduction effect, then select everything and apply it at a gentle setting. Compare before and after, then push the setting harder until you can hear the artefacts. Finally, cut out one stumble in your reading and listen to the join with and without a short fade at each side.',
     15, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2234, 223, 'mixing-with-eq-compression-and-effects', 'Mixing with EQ, compression and effects',
     'The core signal processors of a mix: level and panning, EQ, compression, and time-based effects such as reverb and delay, plus how to check results.',
     'Mixing turns many tracks into one stereo result in which every element can be heard clearly and the whole feels balanced and polished. Engineers do most of it with a small set of signal processors, used with care.

## Start with balance and panning

Build a static mix using only faders and pan before you reach for any plugin. Keep kick, bass, snare and the lead vocal in the centre, and spread guitars, keys and backing vocals to the sides. Leave headroom on the master bus, with peaks around -6 dBFS, so the mastering stage has room to work.

## EQ: shaping tone

Rough frequency areas to learn:

- **20 to 60 Hz**: sub bass, felt more than heard.
- **60 to 250 Hz**: bass, warmth and weight.
- **250 to 500 Hz**: low mids, where mud and boxiness build up.
- **500 Hz to 2 kHz**: body and nasal honk.
- **2 to 5 kHz**: presence, attack and also harshness.
- **5 to 20 kHz**: brilliance, air and sibilance.

Good habits: high-pass anything that does not need deep lows, cut with narrow bands and boost with wide ones, and fix masking. When two instruments fight over the same range, cut a little from one where the other needs to shine.

## Compression: controlling dynamics

A compressor turns a signal down when it goes above a set level.

- **Threshold**: the level where it starts to act.
- **Ratio**: how hard it acts. At 4:1, a signal 4 dB over the threshold comes out only 1 dB over.
- **Attack**: how fast it reacts. A slower attack lets the initial hit of a drum through, which keeps punch.
- **Release**: how fast it lets go afterwards.
- **Makeup gain**: restores the level lost to compression.

Watch the gain reduction meter. A few decibels on a vocal or bass is often enough; heavy compression flattens the life out of a performance.

## Effects and checking your mix

Reverb places a sound in a space and delay repeats it. Rather than loading a reverb on every track, send several tracks to one shared reverb on an aux bus, so they sound as if they were in the same room. A high-pass filter on the reverb return keeps the low end clean, and delays timed to the song''s tempo sit more naturally in the groove.

Before you call a mix finished:

- Compare with reference tracks in a similar style, matched to the same loudness.
- Listen at low volume and on several systems: headphones, a phone speaker, a car.
- Switch to mono now and then to catch phase problems.
- Take breaks. Ears tire, and tired ears push the EQ too far.

## Key terms

- **Masking**: one sound hiding another in the same frequency range.
- **Ratio**: how strongly a compressor reduces level above the threshold.
- **Aux reverb**: a shared reverb fed by sends from several tracks.

## Try it

Take a multitrack song and spend 15 minutes on a mix using only faders and pan, then save it. Next, add EQ and compression to the vocal and the bass only, and save that as a second version. Compare the two at the same loudness and write down three things that improved and one thing you overdid.',
     18, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2235, 223, 'mastering-and-post-production-delivery', 'Mastering and post-production delivery',
     'What happens after the mix: mastering for music, loudness standards, and how sound is edited, mixed and delivered for film, TV and other media.',
     'Post-production is everything that happens to the sound after recording. For a song it ends with mastering; for film, television, games and radio it includes dialogue editing, sound effects and a final mix that has to meet a delivery specification.

## Mastering a song or album

Mastering is the last check and polish of the finished stereo mix, ideally by fresh ears in a well-treated room. Typical tasks:

- gentle EQ and compression to balance the whole track
- limiting to set the final loudness without clipping
- making an album feel consistent, so songs sit together in level and tone
- setting the order of songs, the gaps between them and the fades
- delivering the right files, usually high-resolution WAV, with correct metadata such as ISRC codes

If a mix has a real problem, such as a buried vocal, mastering cannot fully fix it. Good mastering engineers will ask for a revised mix instead.

## Loudness and meters

Loudness is measured in LUFS (loudness units relative to full scale), which follows human hearing more closely than a simple peak meter.

- Many streaming services normalise playback, turning loud tracks down towards a target. Targets vary by service, and around -14 LUFS integrated is commonly quoted.
- Broadcasters follow published standards, such as EBU R128 in Europe (-23 LUFS) and ATSC A/85 in the United States (-24 LKFS).
- Keep true peaks below about -1 dBTP so the file does not distort after it is converted to compressed formats.

Squashing a master to sound as loud as possible gains little when platforms turn it down anyway, and it costs punch and dynamics.

## Post-production for picture

Film and TV sound is built in layers:

- **Dialogue editing**: cleaning lines, smoothing edits and filling gaps with room tone.
- **ADR**: re-recording lines in a studio when the location sound cannot be saved.
- **Sound effects and Foley**: effects from libraries plus sounds performed in sync with the picture, such as footsteps and clothing rustle.
- **Music**: score and licensed songs.
- **Final mix**: balancing dialogue, effects and music, often in surround formats such as 5.1.
- **Stems**: separate dialogue, music and effects files delivered alongside the mix, so other versions such as foreign-language dubs or trailers can be made.

Games, radio and podcasts use the same skills with their own delivery rules.

## Key terms

- **Mastering**: final polish and preparation of a mix for release.
- **LUFS**: a unit for measuring perceived loudness.
- **Stems**: separate submixes, such as dialogue, music and effects.

## Try it

Take any WAV file, such as a song you have mixed. In Audacity, apply Loudness Normalization to one copy set to -14 LUFS and to another copy set to -23 LUFS, then compare them. Next, take a very loud commercial track and a quieter, more dynamic one, normalise both to the same target, and listen to which now sounds punchier. Write down what you notice.',
     14, 5);

-- Course 224: Troubleshooting under pressure and engineering careers

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2241, 224, 'a-method-for-troubleshooting-audio', 'A method for troubleshooting audio',
     'A step-by-step way to find faults: define the symptom, check the obvious, follow the signal flow, split the chain and change one thing at a time.',
     'Things go wrong in audio all the time: a mic goes silent, a speaker buzzes, a recording has a click every few seconds. Engineers who find and fix problems calmly get asked back. The secret is not knowing every possible fault; it is having a method you trust.

## Define the problem, then check the obvious

**Step 1.** Say exactly what is wrong. Is there no sound, the wrong sound (distortion, hum, crackle) or sound that comes and goes? Is it one channel or everything? Did it start right after something was changed? Put the symptom into a single sentence before you touch anything.

**Step 2.** Most faults are simple, and these checks take less than a minute:

- Is everything powered and switched on?
- Is a mute engaged, a fader down or the wrong input selected?
- Is phantom power on for a condenser mic?
- Is the cable fully plugged into the right socket at both ends?
- Are the batteries in wireless packs and DI boxes fresh?
- Is the channel actually routed to the main bus or the recording track?

## Follow the signal and split the chain

**Step 3.** Walk the signal''s path from the source to the output and check at each point whether the signal is there. Channel meters, PFL and headphones show you where the signal exists. The fault sits between the last point that works and the first point that does not.

**Step 4.** Narrow it down:

- **Half-split**: in a long chain, test the middle first. That tells you which half holds the fault; then split that half again.
- **Swap in a known-good part**: a different cable, a different channel, a different mic. If the problem moves with the part, that part is faulty. If it stays put, the fault is elsewhere.
- **Change one thing at a time.** Change three things at once and you will never know which one fixed it, or which one caused a new problem.

## Fix, confirm and record

**Step 5.** After the fix, check the whole chain works end to end. Mark the faulty item with tape and a short note, such as "crackles at the plug", and put it aside so it cannot return to the box. Write the fault in your log so the same problem does not catch you twice.

## A worked example

A singer''s mic is dead at soundcheck. The mute is off and the fader is up, but PFL shows no signal at all. You swap in a known-good mic: still nothing. You swap the cable: still nothing. You plug the mic into a different stage box input, and the signal appears. The fault is that stage box channel or its patch, so you move the vocal to a spare channel, update your labels and mark the bad input.

## Key terms

- **Signal flow**: the path a signal takes from source to output.
- **Half-split**: testing the middle of a chain to narrow down a fault.
- **Known-good**: a part you are sure works, used for swapping tests.

## Try it

Write out the complete signal chain of a setup you own, such as a phone playing to a Bluetooth speaker, or a mic going into an interface, a DAW and headphones. For every link, write one way it could fail and how you would test it. Then ask a friend to secretly break one thing, such as muting a track or loosening a cable, and find it using the five steps.',
     13, 1);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2242, 224, 'common-audio-faults-and-their-causes', 'Common audio faults and their likely causes',
     'A field guide to hum, buzz, crackle, distortion, dropouts and thin or phasey sound, with the first things to check for each symptom.',
     'Each symptom you hear points to a small set of likely causes. Learning to recognise them by ear makes the troubleshooting method from the previous lesson much faster.

## Hum and buzz

- **Hum** at the mains frequency (50 Hz in Europe and much of the world, 60 Hz in North America) often comes from a **ground loop**: two pieces of gear joined by an audio cable and also grounded through different power outlets. Try powering all the audio gear from the same circuit, use balanced connections, or press the ground lift switch on a DI box. Never remove the safety earth from a mains plug.
- **Buzz**, brighter than hum and full of harmonics, often comes from lighting dimmers, unbalanced cables running alongside power cables, or a guitar pickup near a screen or transformer. Move the cables apart and cross power cables at right angles.

## Crackle and dropouts

- A crackle that changes when you wiggle a cable points to a broken wire or a loose connector.
- Scratchy noise when you move a knob or fader means dust inside the control.
- Wireless dropouts usually come from weak batteries, blocked antennas or interference. Check the batteries, rescan for clear frequencies and keep a clear line of sight to the receivers.
- Regular clicks in a digital system can mean a sample rate or clock mismatch between devices, or a buffer too small for the computer.

## Distortion and thin sound

- A preamp with too much gain clips. Check the input meter first.
- Gain staging can also fail later in the chain, on a bus or inside a plugin.
- A damaged speaker distorts at every level; listen to each box on its own to find it.
- A line-level signal plugged into a mic input distorts unless you use the pad.

When the sound is thin, hollow or weak rather than distorted:

- Two mics on one source can cancel each other. Flip the polarity on one and compare.
- A miswired cable or speaker can flip polarity too. Bass that gets weaker when both speakers play is a classic sign.
- A mic close to a hard surface, such as a lectern, picks up a delayed reflection and suffers comb filtering.

## Quick reference

| Symptom | First thing to check |
|---|---|
| Steady low hum | ground loop: shared power circuit, ground lift |
| Crackle when a cable moves | swap the cable |
| Harsh distortion | input gain and meters |
| Clicks in a DAW | buffer size and sample rates |
| Thin sound with several mics | polarity flip on one channel |
| No sound at all | mute, routing and power |

## Key terms

- **Ground loop**: a hum caused by equipment grounded along two paths.
- **Clipping**: distortion when a signal exceeds the maximum level.
- **Polarity**: whether a waveform is upright or flipped.

## Try it

Create the faults on purpose in a free DAW so you know what they sound like. In Audacity, generate a quiet 50 Hz tone under a spoken recording to hear hum. Boost a copy of the speech by 20 dB to hear clipping. Duplicate a track, use Invert on the copy and play both together to hear cancellation. Finally, shift the copy about one millisecond later, restore its polarity, and listen to the hollow sound of comb filtering.',
     15, 2);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2243, 224, 'staying-calm-under-pressure', 'Staying calm and precise under pressure',
     'How engineers prepare so problems are rare, decide what to fix first during a show or session, and keep a cool head and an eye for detail.',
     'A live show cannot stop, and studio time costs money. Sound engineers often fix problems while a band keeps playing or an artist sits waiting. Thinking quickly and noticing small details can feel like talents, but both grow out of preparation and routine.

## Preparation prevents panic

- **Label everything**: console channels, both ends of long cables, stage box inputs.
- **Keep a patch list** that matches what is actually plugged in, on paper or on your phone.
- **Keep spares within reach**: a vocal mic already on a stand, cables, a DI box and batteries.
- **Know your gear**: the menus of the digital console, how to recall a scene, how to reroute a channel quickly.
- **Back up recordings**: for important sessions or shows, run a second recorder or record to two drives at once.

## Decide what matters most

When something fails mid-show, ask what the audience will notice most. Usually the lead vocal comes first, then the main PA, then kick and bass, then everything else. Fix the most noticeable problem first, even with a quick workaround such as a stage tech handing the singer the spare mic, and save the proper repair for between songs. Never pull down the whole mix to investigate one channel.

## Stay calm and communicate

- Take one slow breath. Panic makes you skip steps in your method.
- Tell the people who need to know, briefly: "Guitar DI is down, swapping it now, thirty seconds."
- In the studio, keep the artist relaxed. A nervous singer gives a worse take than a short technical pause does.
- Do not look for someone to blame. Fix it first and talk about causes afterwards.

## Attention to detail and review

- Watch the meters and keep listening all the time. Catch small warnings, such as a fading wireless signal or a slowly rising hum, before they turn into big failures.
- In the studio, check every keeper take for clicks, distortion or stray noises before the musician leaves. Calling them back later costs time and money.
- Double-check before committing: the right track is armed, the right input is selected, the files are named.
- Use checklists. Pilots rely on them for a reason, and so do good engineers.

After each show or session, spend five minutes writing down what went wrong, why it happened and what you will change. Over weeks and months, the same problems stop coming back.

## Key terms

- **Patch list**: a record of which source goes into which input.
- **Workaround**: a quick temporary fix that keeps the show going.
- **Keeper take**: a recorded take you plan to use.

## Try it

Write a one-page checklist for your own pre-show or pre-session routine, covering power, line check, spares, recording and backups. Then run a fault drill: while music plays from your DAW, ask a friend to secretly mute, reroute or turn down one track. Set a 60-second timer and find and fix the problem before it runs out. Repeat a few times and note which checks found the fault fastest.',
     12, 3);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2244, 224, 'where-sound-engineers-work', 'Where sound engineers work',
     'The main settings for a sound engineering career, from studios and live sound to broadcast, film, theatre, radio and games, and what each asks of you.',
     'Sound engineering skills travel well. Signal flow, microphones, mixing and problem-solving are the same wherever you work, but each setting adds its own habits, pace and priorities. Knowing the options helps you choose what to practise.

## Music: studios and live sound

**Recording studios.** Studio engineers record and mix music for artists and producers. Many start as assistants, setting up mics and cables, keeping the session running and learning from senior engineers. The work rewards patience, careful listening and long stretches of concentration.

**Live sound.** Concerts, festivals and events need FOH engineers, monitor engineers and system technicians. Expect late nights, travel, heavy lifting and no second takes. Live work sharpens fast decision-making and troubleshooting like nothing else.

## Broadcast, radio, film and television

**Broadcast media and radio.** Television and radio need engineers to mix presenters, guests, music and pre-recorded pieces, often live and to the second. Loudness standards matter here, and so does staying calm when a guest''s line drops. Radio production also includes editing programmes and features before they go to air.

**Film, television and post-production companies.** Post-production companies edit dialogue, build sound effects and Foley, and mix soundtracks to picture. The work is detailed and deadline-driven, and it ends with strict delivery specifications.

## Theatre and video games

**Theatre.** Theatre engineers mix plays and musicals, often with small wireless mics hidden on actors, following the script line by line and firing sound effects on cue. The same show runs night after night, so consistency is everything.

**Sound design for video games.** Game audio teams create sounds that react to what the player does, working closely with designers and programmers. Sounds must work at any moment in any combination, which makes game mixing unusually interactive.

## Choosing a direction

You do not have to pick one setting for life. Many engineers move between studios, live work and post-production over a career, and early on it pays to try several. Earnings differ a lot from person to person and field to field; the track page shows the salary figures our source reported, along with the source and the date we recorded them. Treat them as a rough guide, not a promise.

## Key terms

- **Post-production**: sound work done after filming or recording.
- **Foley**: everyday sounds performed in sync with picture.
- **System technician**: the person who sets up and tunes a PA.

## Try it

For one week, notice engineered sound around you: a TV news programme, a radio show or podcast, a video game, a film scene and a live event. For each, write down which kind of engineer was probably involved and one technical challenge they had to solve. At the end of the week, rank the settings by how much they appeal to you and note why.',
     11, 4);

INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position) VALUES
    (2245, 224, 'engineers-and-producers-working-together', 'Engineers and producers: working together and building a career',
     'How sound engineering and music production overlap, who usually does what in a session, and practical first steps towards work as an engineer.',
     'The producer leads the creative direction of a project; the engineer makes sure the technical side delivers it. In practice the line between the two blurs, and knowing where it usually sits helps you work well with everyone in the room.

## Who usually does what

- **Producer**: the artistic vision, choosing and shaping songs and arrangements, guiding performances and deciding when a take is right.
- **Engineer**: choosing and placing mics, building the signal chain, setting levels, recording, editing and often mixing, and keeping the session running smoothly.
- **Both**: judging the sound and making mix decisions together.

## Where the roles overlap

Many producers engineer their own sessions, especially in home studios. Engineers, in turn, often shape the sound creatively: suggesting a different mic or room for a warmer vocal, or pointing out that a guitar part is fighting the lead line. Plenty of professionals work in both roles at different stages of a single project. When you offer an idea, pick your moment, such as between takes, keep it short, and accept the producer''s decision gracefully.

## Being a good collaborator

- **Be quick.** Artists lose energy while waiting for technical fixes.
- **Translate descriptions into actions.** Producers and artists describe sound with words, not numbers. Muddy often points to the low mids around 200 to 500 Hz, harsh to the upper mids around 2 to 5 kHz, and airy to the range above about 10 kHz. Punch often comes from compressor attack settings and the balance of kick and bass.
- **Protect the mood.** Stay positive and discreet; what happens in a session stays in the session.

## Building a career

- Learn the fundamentals well, and learn at least one DAW in real depth. Pro Tools is common in studios; Ableton Live is common with artists and in live settings.
- Collect hands-on hours: local venues, student bands, community theatre and community events often welcome volunteers.
- Look for entry roles: runner or assistant engineer in a studio, stage hand or technician at an equipment rental company.
- Keep a portfolio of recordings and mixes with honest credits, including before-and-after examples of your editing and mixing.
- Be reliable. Turning up on time, prepared and easy to work with earns repeat calls as much as technical skill does.

Formal courses can speed up learning, but whatever route you take, real experience with real artists is what builds judgment.

## Key terms

- **Producer**: leads the creative direction of a recording project.
- **Assistant engineer**: supports the main engineer in a studio session.
- **Portfolio**: a collection of your work that shows what you can do.

## Try it

Take three requests a producer might make: "the vocal sounds muddy", "the drums need more punch" and "make it more airy". For each, write which processor and which rough frequency range or setting you would try first. Then test your ideas on a recording in a free DAW and note whether the result matched the word.',
     13, 5);

INSERT INTO lesson_skill (lesson_id, skill_id) VALUES
    (2211, 110),
    (2211, 107),
    (2212, 110),
    (2212, 101),
    (2213, 110),
    (2213, 101),
    (2214, 110),
    (2214, 102),
    (2215, 110),
    (2215, 109),
    (2215, 102),
    (2221, 108),
    (2221, 101),
    (2221, 110),
    (2222, 108),
    (2222, 110),
    (2222, 106),
    (2223, 108),
    (2223, 102),
    (2223, 109),
    (2224, 108),
    (2224, 102),
    (2225, 106),
    (2225, 108),
    (2231, 107),
    (2231, 110),
    (2232, 103),
    (2232, 101),
    (2232, 107),
    (2233, 107),
    (2233, 103),
    (2233, 102),
    (2234, 103),
    (2234, 102),
    (2234, 101),
    (2235, 103),
    (2235, 107),
    (2235, 102),
    (2241, 109),
    (2241, 101),
    (2242, 109),
    (2242, 110),
    (2242, 102),
    (2243, 109),
    (2243, 106),
    (2244, 106),
    (2244, 107),
    (2244, 108),
    (2245, 106),
    (2245, 103);
